import { describe, expect, it } from 'vitest';
import { simulate, getMachineAt } from '../../../src/sim/index';
import { outFileBlocks } from '../../../src/ui/machine/outFileBlocks';
import { toMachineView } from '../../../src/ui/machine/toMachineView';

const words = { dirty: 'dirty', writeback: 'writeback' };

describe('the written file in the page-cache box (issue 16)', () => {
  it('small files: one slot per page, clean, dirty, under writeback or empty', () => {
    const r = outFileBlocks({
      cached: [[0, 2]],
      dirty: [[1, 1]],
      writeback: [[2, 2]],
      page: 4096,
      file: 5 * 4096,
      words,
    });
    expect(r.mode).toBe('slots');
    expect(r.blocks.map((b) => b.kind)).toEqual(['data', 'dirty', 'writeback', 'empty', 'empty']);
    expect(r.blocks[1]!.detail).toBe('4 KiB · dirty');
  });

  it('large files: one block per run of pages in one state, placed along the file', () => {
    const r = outFileBlocks({
      cached: [[0, 99]],
      dirty: [[50, 99]],
      writeback: [[20, 29]],
      page: 4096,
      file: 100 * 4096,
      words,
    });
    expect(r.mode).toBe('ranges');
    expect(r.blocks.map((b) => [b.kind, b.first, b.last])).toEqual([
      ['data', 0, 19],
      ['writeback', 20, 29],
      ['data', 30, 49],
      ['dirty', 50, 99],
    ]);
    expect(r.blocks[3]!.x0).toBe(0.5);
  });

  it('the view of a recv-write run: dirty pages and, at the last step, the bytes still only in memory', () => {
    const t = simulate('recv-write', { file: 10000 });
    const end = toMachineView(t, t.length - 1, 'en');
    expect(end.pagecache!.blocks.map((b) => b.kind)).toEqual(['dirty', 'dirty', 'dirty']);
    expect(end.pagecache!.caption).toBe('End: 9.77 KiB only in memory · 3 dirty');
    expect(end.skb!.title).toBe('Socket receive queue');
    const synced = simulate('recv-write', { file: 10000, sync: 'fsync' });
    const done = toMachineView(synced, synced.length - 1, 'en');
    expect(done.pagecache!.caption).toBe('End: all on the disk · 0 dirty · 3 clean');
    expect(getMachineAt(synced, synced.length - 1).out.dirty).toEqual([]);
  });
});
