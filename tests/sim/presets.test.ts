import { describe, expect, it } from 'vitest';
import {
  DEFAULT_COSTS,
  DEFAULT_PARAMS,
  getPreset,
  parseParams,
  PRESET_IDS,
  readCalibration,
  parseCostOverrides,
  parseParam,
  scenarioProgram,
  simulate,
  type Totals,
} from '../../src/sim/index';

const MiB = 1024 * 1024;
/**
 * The data path: what a preset must not change. (Timing can change whether an interrupt finds the CPU in
 * user mode — a mode switch — and whether a sender waits for the send buffer — a context switch.)
 */
const dataPath = (t: Totals) => ({
  syscalls: t.syscalls,
  syscallSwitches: t.modeSwitchesBy.syscall,
  exceptionSwitches: t.modeSwitchesBy.exception,
  cpuCopies: t.cpuCopies,
  cpuBytes: t.cpuBytes,
  dmaTransfers: t.dmaTransfers,
  dmaBytes: t.dmaBytes,
  diskRequests: t.diskRequests,
  pageFaults: t.pageFaults,
});

describe('cost-model presets', () => {
  it('nvme-10gbe is the default and is DEFAULT_COSTS', () => {
    expect(DEFAULT_PARAMS.preset).toBe('nvme-10gbe');
    expect(getPreset('nvme-10gbe').costs).toEqual(DEFAULT_COSTS);
    expect(simulate('read-write', { file: 65536 }).cost).toEqual(DEFAULT_COSTS);
  });

  it.each(PRESET_IDS)('%s changes the times, never the data path', (preset) => {
    const base = simulate('sendfile', { file: 300000, cache: 'cold' });
    const run = simulate('sendfile', { file: 300000, cache: 'cold', preset });
    expect(dataPath(run.totals)).toEqual(dataPath(base.totals));
    expect(run.cost).toEqual(getPreset(preset).costs);
  });

  it('orders the devices as their names say: a hard disk is slower than an SSD, 1 GbE slower than 10 GbE', () => {
    const time = (preset: (typeof PRESET_IDS)[number], cache: 'cold' | 'warm') =>
      simulate('sendfile', { file: 4 * MiB, cache, preset }).totals.simTimeNs;
    expect(time('hdd-1gbe', 'cold')).toBeGreaterThan(time('sata-1gbe', 'cold'));
    expect(time('sata-1gbe', 'warm')).toBeGreaterThan(time('nvme-10gbe', 'warm'));
    expect(time('nvme-10gbe', 'warm')).toBeGreaterThan(time('loopback', 'warm'));
  });

  it('is a parameter: validated, and kept out of the program text (it sets costs, not what the program does)', () => {
    expect(parseParams('read-write', { preset: 'loopback' })).toMatchObject({ ok: true });
    const bad = parseParams('read-write', { preset: 'ramdisk' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toMatch(/preset.*ramdisk.*nvme-10gbe/);
    expect(scenarioProgram('read-write', { ...DEFAULT_PARAMS, preset: 'hdd-1gbe' })).not.toMatch(/PRESET/);
  });

  it('takes single cost overrides on top of the preset (the costs parameter), in canonical order', () => {
    expect(parseCostOverrides(' irqEntry: 300 , refMove:5000')).toEqual({
      text: 'refMove:5000,irqEntry:300',
      costs: { refMove: 5000, irqEntry: 300 },
    });
    expect(parseCostOverrides('')).toEqual({ text: '', costs: {} });
    for (const bad of ['refMove', 'bogus:1', 'refMove:-1', 'refMove:1e9', 'nicBytesPerNs:0', '<b>:1'])
      expect(parseCostOverrides(bad), bad).toBeNull();
    expect(parseParam('costs', 'bogus:1')).toMatchObject({ ok: false, error: /costs.*bogus/ });
    const run = simulate('sendfile', { file: 65536, preset: 'loopback', costs: 'refMove:5000' });
    expect(run.cost).toEqual({ ...getPreset('loopback').costs, refMove: 5000 });
    expect(run.totals.simTimeNs).toBeLessThan(
      simulate('sendfile', { file: 65536, preset: 'loopback' }).totals.simTimeNs,
    );
  });

  it('reads a calibration file defensively: anything unusable is no calibration', () => {
    expect(readCalibration(null)).toBeNull();
    expect(readCalibration({ machine: {}, date: '2026-01-01', costs: { refMove: -1 } })).toBeNull();
    expect(readCalibration({ machine: {}, date: '2026-01-01', costs: { refMove: '5' } })).toBeNull();
    expect(
      readCalibration({
        machine: { cpu: 'x', cores: 2, kernel: 'k' },
        date: 'd',
        costs: { refMove: 5, bogus: 1 },
      }),
    ).toEqual({ machine: { cpu: 'x', cores: 2, kernel: 'k' }, date: 'd', costs: { refMove: 5 } });
  });

  it('this-machine uses the committed calibration, or says it fell back to the default', () => {
    const p = getPreset('this-machine');
    if (p.calibration) {
      expect(p.fellBack).toBe(false);
      expect(p.costs).toEqual({ ...DEFAULT_COSTS, ...p.calibration.costs });
    } else {
      expect(p.fellBack).toBe(true);
      expect(p.costs).toEqual(DEFAULT_COSTS);
    }
  });
});

describe('issue 15 must-show: nvme-10gbe, 256 MiB, warm, defaults (autocork=off, rule 10)', () => {
  const rw = simulate('read-write', { file: 256 * MiB, cache: 'warm' }).totals;
  const sf = simulate('sendfile', { file: 256 * MiB, cache: 'warm' }).totals;

  it('elapsed times are within 1.3× of each other', () => {
    expect(rw.simTimeNs / sf.simTimeNs).toBeLessThan(1.3);
    expect(sf.simTimeNs / rw.simTimeNs).toBeLessThan(1.3);
  });

  it('read+write uses at least twice the CPU time of sendfile', () => {
    expect(rw.cpuBusyNs).toBeGreaterThanOrEqual(2 * sf.cpuBusyNs);
  });

  it('sendfile runs at the wire: two skbs in the NIC keep it sending while a TX completion is handled', () => {
    const wire = (256 * MiB) / getPreset('nvme-10gbe').costs.nicBytesPerNs;
    expect(sf.simTimeNs).toBeGreaterThanOrEqual(wire);
    expect(sf.simTimeNs).toBeLessThan(wire * 1.01);
  });

  it("keeps rule 10's counts: one skb, one DMA, one TX and one ACK interrupt per 4 KiB write", () => {
    expect(rw.dmaTransfers).toBe(65536);
    expect(rw.interrupts).toBe(2 * 65536);
    expect(rw.cpuCopies).toBe(2 * 65536);
    expect(sf.dmaTransfers).toBe(4096);
    expect(sf.interrupts).toBe(2 * 4096);
    expect(sf.cpuCopies).toBe(0);
  });
});

describe('nvme-10gbe at 256 MiB, warm, 4 KiB chunks: the wire is the limit, so zero copy frees the CPU', () => {
  // Linux corks by default (tcp_autocorking): 4 KiB writes made while the NIC is busy join one skb.
  const rw = simulate('read-write', { file: 256 * MiB, cache: 'warm', autocork: 'on' }).totals;
  const sf = simulate('sendfile', { file: 256 * MiB, cache: 'warm', autocork: 'on' }).totals;

  it('takes about as long either way (within 1.3×)', () => {
    expect(rw.simTimeNs / sf.simTimeNs).toBeLessThan(1.3);
    expect(sf.simTimeNs / rw.simTimeNs).toBeLessThan(1.3);
  });

  it('but read+write keeps the CPU busy at least twice as long as sendfile', () => {
    expect(rw.cpuBusyNs).toBeGreaterThanOrEqual(2 * sf.cpuBusyNs);
  });

  it('without corking (autocork=off) every 4 KiB write is an skb with its own interrupts: read+write needs the CPU even more', () => {
    const rwOff = simulate('read-write', { file: 256 * MiB, cache: 'warm' }).totals;
    expect(rwOff.cpuBusyNs).toBeGreaterThan(rw.cpuBusyNs);
    expect(rwOff.cpuBusyNs).toBeGreaterThanOrEqual(2 * sf.cpuBusyNs);
  });
});
