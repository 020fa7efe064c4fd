import { describe, expect, it } from 'vitest';
import {
  countPages,
  getMachineAt,
  getStraceLines,
  importStrace,
  replayStrace,
  runProgram,
  type Trace,
} from '../../src/sim/index';
import { allSteps } from './helpers';

/** A receiver that writes 3 pages, then calls sync_file_range(3, OFF, LEN, FLAGS) once. */
function run(off: number, len: number, flags: string) {
  const text = `world tcp 4 = { peer: 12288 };
world file 3 = { flags: O_WRONLY | O_CREAT | O_TRUNC };
world buffer buf = { size: 4096 };
for (got = 0; got < 12288; got += n) {
  n = recv(4, buf, 4096, 0);
  write(3, buf, n);
}
sync_file_range(3, ${off}, ${len}, ${flags});
`;
  const r = runProgram(text);
  if (!r.ok) throw new Error(r.problem.message);
  const t = r.trace;
  const steps = allSteps(t as Trace);
  const enter = steps.findIndex((s) => s.site === 'sync_file_range.enter');
  const exit = steps.findIndex((s) => s.site === 'sync_file_range.exit');
  const out = (i: number) => getMachineAt(t, i).out;
  const pages = (i: number) => ({
    dirty: countPages(out(i).dirty),
    writeback: countPages(out(i).writeback),
  });
  const blocked = steps.slice(enter, exit).some((s) => s.kind === 'sched.block');
  return {
    t,
    steps,
    enter,
    exit,
    before: pages(enter),
    after: pages(exit),
    blocked,
    ret: steps[exit]!.params,
  };
}

describe('sync_file_range (issue 16)', () => {
  it('SYNC_FILE_RANGE_WRITE starts writeback of the range only and returns without waiting', () => {
    const r = run(4096, 4096, 'SYNC_FILE_RANGE_WRITE');
    expect(r.before).toEqual({ dirty: 3, writeback: 0 });
    expect(r.after).toEqual({ dirty: 2, writeback: 1 });
    expect(r.blocked).toBe(false);
    // The disk finishes after the call returned; the run ends with that page clean.
    const done = r.steps.findIndex((s) => s.site === 'dma.pagecache_to_disk.done');
    expect(done).toBeGreaterThan(r.exit);
    expect(countPages(getMachineAt(r.t, r.t.length - 1).out.dirty)).toBe(2);
  });

  it('nbytes 0 means to the end of the file; WAIT_AFTER sleeps until the disk has every page', () => {
    const r = run(0, 0, 'SYNC_FILE_RANGE_WAIT_BEFORE | SYNC_FILE_RANGE_WRITE | SYNC_FILE_RANGE_WAIT_AFTER');
    expect(r.after).toEqual({ dirty: 0, writeback: 0 });
    expect(r.blocked).toBe(true);
    expect(r.t.totals.dmaBytes).toBe(12288 + 12288); // 12288 from the NIC, 3 pages to the disk
  });

  it('WAIT_AFTER alone starts nothing: dirty pages stay dirty and nothing is waited for', () => {
    const r = run(0, 0, 'SYNC_FILE_RANGE_WAIT_AFTER');
    expect(r.after).toEqual({ dirty: 3, writeback: 0 });
    expect(r.blocked).toBe(false);
  });

  it.each([
    ['an unknown flag bit', 0, 0, '8'],
    ['a negative offset', -1, 0, 'SYNC_FILE_RANGE_WRITE'],
    ['a negative length', 0, -4096, 'SYNC_FILE_RANGE_WRITE'],
  ])('fails with EINVAL on %s and writes nothing back', (_what, off, len, flags) => {
    const r = run(off, len, flags);
    expect(r.ret.errname).toBe('EINVAL');
    expect(r.after).toEqual({ dirty: 3, writeback: 0 });
  });

  it('prints as strace does, and a real log of it replays with the same results', () => {
    const r = run(0, 0, 'SYNC_FILE_RANGE_WRITE | 8');
    const log = [
      '100 openat(AT_FDCWD, "out.bin", O_WRONLY|O_CREAT|O_TRUNC, 0644) = 3',
      '100 write(3, "xxxx"..., 4096) = 4096',
      '100 sync_file_range(3, 0, 4096, SYNC_FILE_RANGE_WRITE) = 0',
      '100 sync_file_range(3, 0, 0, SYNC_FILE_RANGE_WAIT_BEFORE|SYNC_FILE_RANGE_WRITE|SYNC_FILE_RANGE_WAIT_AFTER) = 0',
      '100 sync_file_range(3, 0, 0, 0x8 /* SYNC_FILE_RANGE_??? */) = -1 EINVAL (Invalid argument)',
      '100 exit_group(0) = ?',
    ].join('\n');
    expect(getStraceLines(r.t).at(-1)).toBe(
      'sync_file_range(3, 0, 0, SYNC_FILE_RANGE_WRITE|0x8 /* SYNC_FILE_RANGE_??? */) = -1 EINVAL (Invalid argument)',
    );
    expect(importStrace(log).program).toContain(
      'sync_file_range(3, 0, 0, SYNC_FILE_RANGE_WAIT_BEFORE | SYNC_FILE_RANGE_WRITE | SYNC_FILE_RANGE_WAIT_AFTER);',
    );
    const replay = replayStrace(log);
    expect(replay.result.ok).toBe(true);
    expect(replay.mismatches).toEqual([]);
  });
});
