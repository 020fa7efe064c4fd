// Issue 14: several files to read in one program — each its own size, cache state and page-cache pages —
// and the errors a user can act on when the declarations are wrong.
import { describe, expect, it } from 'vitest';
import { getMachineAt, getStep, getStraceLines } from '../../../src/sim/index';
import { problemOf, traceOf } from '../../helpers/programRun';

/** Two files sent through the buffer, one warm and one cold (the cold one's size not a page multiple). */
function twoFiles(cache3: string, cache7: string): string {
  return [
    `world file 3 = { size: 65536, cache: "${cache3}" };`,
    `world file 7 = { size: 20000, cache: "${cache7}" };`,
    'world tcp 4;',
    'world buffer buf = { size: 16384 };',
    'while ((n = read(3, buf, 16384)) > 0) write(4, buf, n);',
    'while ((n = read(7, buf, 16384)) > 0) write(4, buf, n);',
  ].join('\n');
}

describe('several files to read', () => {
  it('each file has its own cache state: only the cold ones are read from the disk', () => {
    const both = { warm: traceOf(twoFiles('warm', 'warm')), cold7: traceOf(twoFiles('warm', 'cold')) };
    const cold3 = traceOf(twoFiles('cold', 'warm'));
    const cold = traceOf(twoFiles('cold', 'cold'));
    expect(both.warm.totals.diskRequests).toBe(0);
    // ra = 32 pages: file 7 (5 pages) in one request, file 3 (16 pages) in one.
    expect(both.cold7.totals.diskRequests).toBe(1);
    expect(both.cold7.totals.dmaBytes - both.warm.totals.dmaBytes).toBe(5 * 4096);
    expect(cold3.totals.diskRequests).toBe(1);
    expect(cold3.totals.dmaBytes - both.warm.totals.dmaBytes).toBe(16 * 4096);
    expect(cold.totals.diskRequests).toBe(2);
    // The same calls and copies whatever is cached: 5 + 3 reads (EOF included), 6 writes.
    for (const t of [both.warm, both.cold7, cold3, cold]) {
      expect(t.totals.syscalls).toBe(14);
      expect(t.totals.cpuCopies).toBe(12);
      expect(t.totals.cpuBytes).toBe(2 * (65536 + 20000));
    }
  });

  it('strace names each call’s file, and the steps name their file', () => {
    const trace = traceOf(twoFiles('warm', 'cold'));
    const lines = getStraceLines(trace);
    expect(lines.slice(-4)).toEqual([
      'write(4, buf, 16384) = 16384',
      'read(7, buf, 16384) = 3616',
      'write(4, buf, 3616) = 3616',
      'read(7, buf, 16384) = 0',
    ]);
    const reads: (string | number | undefined)[] = [];
    for (let i = 0; i < trace.length; i++) {
      const s = getStep(trace, i);
      if (s.site === 'pagecache.alloc' || s.site === 'dma.disk_to_pagecache') reads.push(s.params.fileFd);
    }
    expect(reads.length).toBeGreaterThan(0);
    expect(new Set(reads)).toEqual(new Set([7]));
  });

  it('the page cache knows each file’s pages: file 7’s read fills its own cache, not file 3’s', () => {
    const trace = traceOf(twoFiles('cold', 'cold'));
    const start = getMachineAt(trace, 0);
    expect(start.fileFds).toEqual([3, 7]);
    expect(start.fileSizes).toEqual([65536, 20000]);
    expect(start.cached).toEqual([]);
    expect(start.moreFiles).toEqual([{ cached: [], locked: null }]);
    const end = getMachineAt(trace, trace.length - 1);
    expect(end.cached).toEqual([[0, 15]]);
    expect(end.moreFiles).toEqual([{ cached: [[0, 4]], locked: null }]);
    // A warm second file starts fully cached; the first's pages are its own.
    const warm7 = getMachineAt(traceOf(twoFiles('cold', 'warm')), 0);
    expect(warm7.cached).toEqual([]);
    expect(warm7.moreFiles).toEqual([{ cached: [[0, 4]], locked: null }]);
  });

  it('sendfile, splice, mmap, pread64 and lseek work on any declared file', () => {
    const text = [
      'world file 3 = { size: 8192, cache: "warm" };',
      'world file 9 = { size: 12288 };',
      'world tcp 4;',
      'world buffer buf = { size: 4096 };',
      'sendfile(4, 9, NULL, 4096);',
      'pipe2(p, 0);',
      'n = splice(9, NULL, p[1], NULL, 4096, 0);',
      'splice(p[0], NULL, 4, NULL, n, 0);',
      'lseek(9, 0, SEEK_SET);',
      'pread64(9, buf, 4096, 8192);',
      'm = mmap(NULL, 12288, PROT_READ, MAP_SHARED, 9, 0);',
      'write(4, m, 12288);',
      'munmap(m, 12288);',
    ].join('\n');
    const trace = traceOf(text);
    expect(getStraceLines(trace).slice(0, 7)).toEqual([
      'sendfile(4, 9, NULL, 4096) = 4096',
      'pipe2([5, 6], 0) = 0',
      'splice(9, NULL, 6, NULL, 4096, 0) = 4096',
      'splice(5, NULL, 4, NULL, 4096, 0) = 4096',
      'lseek(9, 0, SEEK_SET) = 0',
      'pread64(9, buf, 4096, 8192) = 4096',
      expect.stringMatching(/^mmap\(NULL, 12288, PROT_READ, MAP_SHARED, 9, 0\) = 0x/),
    ]);
    // Only file 9 is read from the disk (file 3 is warm and never used).
    expect(trace.totals.diskRequests).toBeGreaterThan(0);
    const end = getMachineAt(trace, trace.length - 1);
    expect(end.cached).toEqual([[0, 1]]);
    expect(end.moreFiles?.[0]?.cached).toEqual([[0, 2]]);
  });

  it('names its problems: more than 4 files, a call on a descriptor that is no file, fd 3 first', () => {
    const decl = (fd: number) => `world file ${fd} = { size: 4096 };`;
    expect(problemOf([3, 5, 6, 7, 8].map(decl).join('\n'))).toBe(
      '5:1: the model has at most 4 files to read; this is one more',
    );
    expect(
      problemOf(
        [decl(3), decl(7), 'world tcp 4;', 'world buffer buf = { size: 4096 };', 'read(4, buf, 1);'].join(
          '\n',
        ),
      ),
    ).toBe('5:1: not modelled: read() on fd 4; the files to read are fds 3, 7');
    expect(problemOf([decl(7), decl(3)].join('\n'))).toMatch(/^1:12: the first file to read is fd 3/);
    expect(problemOf([decl(3), 'world tcp 7;', decl(7)].join('\n'))).toMatch(/^3:12: fd 7 is declared twice/);
  });
});
