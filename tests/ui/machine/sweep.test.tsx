import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SCENARIO_IDS, simulate, type Params, type ScenarioId } from '../../../src/sim/index';
import { featuresOf } from '../../../src/ui/machine/features';
import { layoutMachine } from '../../../src/ui/machine/layout';
import { MachineView } from '../../../src/ui/machine/MachineView';
import { buildScene } from '../../../src/ui/machine/scene';
import { toMachineView } from '../../../src/ui/machine/toMachineView';

const VARIANTS: [ScenarioId, Partial<Params>][] = [
  ...SCENARIO_IDS.map((id): [ScenarioId, Partial<Params>] => [id, {}]),
  ['syscall', { arch: 'i386' }],
  ['read-write', { file: 1, loop: 'eof' }],
  ['read-write', { file: 200_000, buf: 65536, cache: 'warm' }],
  ['mmap-write', { file: 300_000, fa: 4 }],
  ['splice', { file: 100_000, sg: 'off' }],
  ['direct-io', { bufoff: 1 }],
  ['direct-io', { file: 20_000, buf: 8192 }],
  ['cow-fork', { pages: 16 }],
  ['kernel-access', { arch: 'i386' }],
];

describe('every step of every scenario', () => {
  it.each(VARIANTS)('%s %j projects and places without NaN', (id, params) => {
    const t = simulate(id, params);
    const layout = layoutMachine(
      featuresOf(id),
      t.tasks.map((x) => x.pid),
    );
    for (let i = 0; i < t.length; i++) {
      const scene = buildScene(toMachineView(t, i, i % 2 ? 'zh-CN' : 'en'), layout);
      // JSON turns NaN into null: flag non-finite numbers before they are lost
      const json = JSON.stringify(scene, (_k, v: unknown) =>
        typeof v === 'number' && !Number.isFinite(v) ? 'NOT_FINITE' : v,
      );
      expect(json).not.toMatch(/NOT_FINITE/);
    }
  });

  it.each(VARIANTS.slice(0, 8))('%s renders its last step without NaN attributes', (id, params) => {
    const t = simulate(id, params);
    const { container } = render(<MachineView trace={t} step={t.length - 1} locale="en" reducedMotion />);
    expect(container.innerHTML).not.toMatch(/NaN|undefined/);
  });
});
