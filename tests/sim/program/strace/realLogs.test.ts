import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  parseParams,
  replayStrace,
  simulate,
  type Params,
  type ScenarioId,
  type Totals,
} from '../../../../src/sim/index';
import { loadFixtures } from '../../../fidelity/fixture';

/** The raw `strace -f -o` logs `npm run capture` writes next to its fixtures (whole runs, not just the window). */
const RAW = path.resolve(import.meta.dirname, '../../../fidelity/raw');
const logs = readdirSync(RAW)
  .filter((f) => f.endsWith('.strace'))
  .sort();
const fixtures = new Map(
  loadFixtures().map(({ fixture }) => [`${fixture.scenario}.${fixture.variant}`, fixture]),
);

/** The system calls a log shows: every call line, an `<unfinished ...>` one counted once (not its resumption). */
function logCalls(text: string): number {
  return text.split('\n').filter((l) => /^\d+ +(?!\+\+\+|---|<\.\.\.)[a-z_0-9]+\(/.test(l)).length;
}

/** What moves data: copies, DMA, disk requests and page faults. */
function dataPath(t: Totals) {
  const { cpuCopies, cpuBytes, dmaTransfers, dmaBytes, diskRequests, pageFaults } = t;
  return { cpuCopies, cpuBytes, dmaTransfers, dmaBytes, diskRequests, pageFaults };
}

describe('real strace -f logs replay on the model', () => {
  it('one raw log per fidelity fixture', () => {
    expect(logs.map((f) => f.replace(/\.strace$/, ''))).toEqual([...fixtures.keys()].sort());
  });

  it.each(logs)('%s', (file) => {
    const name = file.replace(/\.strace$/, '');
    const fixture = fixtures.get(name)!;
    const text = readFileSync(path.join(RAW, file), 'utf8');
    const cache = fixture.params.cache as Params['cache'] | undefined;
    // A receiver's capture starts once the peer's bytes are queued, as with the loopback preset.
    const preset = fixture.params.preset as Params['preset'] | undefined;
    const replay = replayStrace(text, { ...(cache && { cache }), ...(preset && { preset }) });
    expect(replay.result.ok, replay.result.ok ? '' : replay.result.problem.message).toBe(true);
    if (!replay.result.ok) return;
    const trace = replay.result.trace;
    // Every call of the log is a call of the model: the ones it runs and the ones it keeps opaque.
    expect(trace.totals.syscalls).toBe(logCalls(text));
    // The model reproduces every result the log shows (reads, writes, EINVAL, EBADF, …).
    expect(replay.mismatches).toEqual([]);
    expect(replay.imported.notices.filter((n) => n.code === 'unreadable')).toEqual([]);
    const parsed = parseParams(fixture.scenario as ScenarioId, fixture.params);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const scenario = simulate(fixture.scenario as ScenarioId, parsed.params);
    if (fixture.scenario === 'copy-file-range') {
      // The importer does not write files yet (issue 16's calls neither): copy_file_range stays an opaque
      // call, counted but moving nothing, and the notice says so.
      expect(dataPath(trace.totals).cpuCopies).toBe(0);
      expect(replay.imported.notices.some((n) => /\bcopy_file_range\b/.test(String(n.params.names)))).toBe(
        true,
      );
      expect(scenario.totals.cpuCopies).toBeGreaterThan(0);
    } else if (fixture.scenario === 'io-uring') {
      // The SQEs are plain stores into memory shared with the kernel, which strace cannot see: the io_uring
      // calls stay opaque (counted, moving nothing) and the notice says why.
      expect(dataPath(trace.totals).cpuCopies).toBe(0);
      expect(replay.imported.notices.some((n) => n.code === 'ioUring')).toBe(true);
      expect(scenario.totals.cpuCopies).toBeGreaterThan(0);
    } else if (fixture.scenario === 'cow-fork') {
      // strace cannot see stores: the log has the fork and the wait, not the copy-on-write faults they cause.
      expect(dataPath(trace.totals).cpuCopies).toBe(0);
      expect(scenario.totals.cpuCopies).toBeGreaterThan(0);
    } else {
      // The calls outside the capture's window move nothing: the data path is the scenario's.
      expect(dataPath(trace.totals)).toEqual(dataPath(scenario.totals));
    }
  });
});
