import { DEFAULT_COSTS, type CostModel } from '../costModel';
import { DEFAULT_PRESET, type PresetId } from './presetIds';
import thisMachineJson from './thisMachine.json' with { type: 'json' };
import { readCalibration, type Calibration } from './calibration';

/**
 * Named cost models. Device figures are the data sheets' orders of magnitude; CPU figures are DESIGN §5's
 * illustrative defaults except in `loopback`, whose CPU costs come from `npm run calibrate` on the machine
 * named in README ("Model and measurement") and whose wire is gone.
 */
const SATA_1GBE: CostModel = Object.freeze({
  ...DEFAULT_COSTS,
  // A SATA SSD: ~100 µs to the first byte, ~550 MB/s.
  diskLatency: 100_000,
  diskBytesPerNs: 0.55,
  // 1 Gbit/s Ethernet, a round trip through one switch.
  nicBytesPerNs: 0.125,
  nicLatency: 2000,
  rtt: 50_000,
});

const HDD_1GBE: CostModel = Object.freeze({
  ...SATA_1GBE,
  // A 7,200 rpm disk: seek plus half a turn ≈ 8 ms, ~150 MB/s sequential.
  diskLatency: 8_000_000,
  diskBytesPerNs: 0.15,
});

/**
 * A local benchmark over TCP loopback (the receiver on the same machine): no NIC, no wire. The "transmit"
 * hands the skb to the receive path at memory speed and the round trip is the softirq's own latency. The CPU
 * costs are those `npm run calibrate` fitted on the machine of README's "Model and measurement" (2 digits):
 * a system call ≈ 170 ns, copies ≈ 33 GB/s, and most of the time per skb — loopback TCP's transmit and
 * receive work, which the model charges to the skb's DMA set-up, completion and ACK.
 */
const LOOPBACK: CostModel = Object.freeze({
  ...DEFAULT_COSTS,
  syscallEntry: 24,
  sysret: 24,
  syscallWork: 120,
  copyBase: 6,
  copyPerByte: 0.03,
  refMove: 11_000,
  dmaSetup: 920,
  irqEntry: 460,
  irqExit: 150,
  ackWork: 920,
  faultEntry: 3900,
  faultReturn: 780,
  pteUpdate: 390,
  nicLatency: 0,
  nicBytesPerNs: 100,
  rtt: 2000,
});

const thisMachine: Calibration | null = readCalibration(thisMachineJson);

/** What a preset resolves to: its costs, and whether `this-machine` had to fall back (no calibration yet). */
export interface ResolvedPreset {
  readonly id: PresetId;
  readonly costs: CostModel;
  /** The calibration behind `this-machine`, or null when there is none (costs are then the default's). */
  readonly calibration: Calibration | null;
  /** true: `this-machine` was asked for but `npm run calibrate` has not written one; the default is used. */
  readonly fellBack: boolean;
}

/** Pure: the cost model of a preset. `this-machine` without a calibration falls back to the default. */
export function getPreset(id: PresetId): ResolvedPreset {
  switch (id) {
    case 'nvme-10gbe':
      return { id, costs: DEFAULT_COSTS, calibration: null, fellBack: false };
    case 'sata-1gbe':
      return { id, costs: SATA_1GBE, calibration: null, fellBack: false };
    case 'hdd-1gbe':
      return { id, costs: HDD_1GBE, calibration: null, fellBack: false };
    case 'loopback':
      return { id, costs: LOOPBACK, calibration: null, fellBack: false };
    case 'this-machine':
      return thisMachine
        ? {
            id,
            costs: Object.freeze({ ...DEFAULT_COSTS, ...thisMachine.costs }),
            calibration: thisMachine,
            fellBack: false,
          }
        : { id, costs: getPreset(DEFAULT_PRESET).costs, calibration: null, fellBack: true };
  }
}
