import type { Params } from './params';
import { diskRequestsAtMost } from './kernel/readahead';
import { MAX_RW_COUNT } from './units';

/** Steps of one syscall that waits for one disk request: start, done, IRQ entry/exit, wake, block, 2 switches. */
const PER_WAITED_REQUEST = 9;
/** Steps of a writeback request no one waits for in between: start, done, IRQ entry/exit, end of writeback. */
const PER_WB_REQUEST = 6;
/** WB_MAX_PAGES of kernel/fileWrite.ts. */
const WB_PAGES = 256;
/** Frames the reader takes per recv() when buf is large: NAPI hands several up per interrupt. */
const FRAMES_PER_RECV = 3;

/**
 * Issue 16's scenarios: the steps a run is expected to take, from its loop counts (estimateSteps and
 * expectedSteps use it for both: the receive path's timing decides how many frames one recv() gets, so
 * the count is an estimate, not a bound). Pure.
 */
export function ioSteps(scenario: 'recv-write' | 'file-copy' | 'copy-file-range', p: Params): number {
  const pages = Math.ceil(p.file / p.page);
  const writeback = Math.ceil(pages / WB_PAGES) * PER_WB_REQUEST;
  if (scenario === 'recv-write') {
    const frames = Math.ceil(p.file / p.mss);
    // Each frame: DMA start and done, NAPI's delivery, and at most one interrupt's entry and exit.
    const rx = frames * 5;
    const recvs = Math.max(Math.ceil(p.file / p.buf), Math.ceil(frames / FRAMES_PER_RECV));
    const writes = p.sync === 'direct' ? Math.ceil(p.file / p.buf) : recvs;
    const perWrite = p.sync === 'osync' || p.sync === 'direct' ? 3 + PER_WAITED_REQUEST : 3;
    return rx + recvs * 3 + writes * perWrite + writeback + 16;
  }
  const disk = p.cache === 'cold' ? diskRequestsAtMost(p, pages) * 8 : 0;
  const perCall = p.sync === 'osync' || p.sync === 'direct' ? PER_WAITED_REQUEST : 0;
  const method = scenario === 'copy-file-range' ? 'copy_file_range' : p.method;
  switch (method) {
    case 'rw':
      return Math.ceil(p.file / p.buf) * (7 + perCall) + disk + writeback + 16;
    case 'mmap': {
      const windows = Math.ceil(pages / p.fa);
      return windows * 4 + Math.ceil(p.file / MAX_RW_COUNT) * (3 + perCall) + disk + writeback + 16;
    }
    case 'sendfile':
      return Math.ceil(pages / 16) + Math.ceil(p.file / MAX_RW_COUNT) * (3 + perCall) + disk + writeback + 16;
    case 'splice':
      return Math.ceil(p.file / 65536) * (7 + perCall) + disk + writeback + 16;
    case 'copy_file_range':
      // A reflink is one step per call; ext4 copies like sendfile into a file, in 16-page rounds.
      if (p.fs !== 'ext4') return Math.ceil(p.file / MAX_RW_COUNT) * 4 + 16;
      return Math.ceil(pages / 16) + Math.ceil(p.file / MAX_RW_COUNT) * (3 + perCall) + disk + writeback + 16;
  }
}
