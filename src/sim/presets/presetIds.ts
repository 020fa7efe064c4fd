/** The named cost models (issue 15): the `preset` parameter's values, default first. */
export const PRESET_IDS = ['nvme-10gbe', 'sata-1gbe', 'hdd-1gbe', 'loopback', 'this-machine'] as const;
export type PresetId = (typeof PRESET_IDS)[number];
export const DEFAULT_PRESET: PresetId = 'nvme-10gbe';
