import { LAYOUTS } from './kernel/addressSpace';
import type { PteRange } from './machineState';
import type { Params } from './params';
import type { ScenarioId } from './scenarioIds';
import { NGINX_HEADER } from './realSystemIds';

/** The program's own buffer: where it starts and how many bytes it holds. */
export interface UserBuffer {
  readonly addr: number;
  readonly bytes: number;
}

/** First frame number of the read/direct-I/O buffers' pages (cow-fork's buffer uses ANON_PFN_BASE). */
export const USERBUF_PFN_BASE = 0x30000;

/**
 * Pure: the user buffer a scenario's program has, or null when it has none (sendfile, splice, mmap-write,
 * syscall and kernel-access pass no buffer of their own). read-write: `buf` bytes; direct-io: `buf` bytes at
 * `bufoff` from an aligned address; cow-fork: `pages` pages.
 */
export function userBufferOf(scenario: ScenarioId, p: Params): UserBuffer | null {
  const base = LAYOUTS[p.arch].userBuf;
  switch (scenario) {
    case 'read-write':
      return { addr: base, bytes: p.buf };
    case 'direct-io':
      return { addr: base + p.bufoff, bytes: p.buf };
    case 'cow-fork':
      return { addr: base, bytes: p.pages * p.page };
    // Issue 16: recv-write's receive buffer; file-copy's read() buffer with method=rw.
    case 'recv-write':
      return { addr: base, bytes: p.buf };
    case 'file-copy':
      return p.method === 'rw' ? { addr: base, bytes: p.buf } : null;
    // Issue 17: io-uring's slots (one per read → send pair in flight); msg-zerocopy's data, all of it.
    case 'io-uring':
      return { addr: base, bytes: p.buf * (Math.floor(p.batch / 2) + 1) };
    case 'msg-zerocopy':
      return { addr: base, bytes: p.buf * Math.ceil(p.file / p.buf) };
    // Issue 18: netty's heap mode has the temporary direct buffer and the heap array (2 × buf); nginx has
    // the header's bytes before its output buffer.
    case 'netty-send':
      return p.mode === 'fileregion' ? null : { addr: base, bytes: p.mode === 'heap' ? 2 * p.buf : p.buf };
    case 'nginx-static':
      return { addr: base, bytes: NGINX_HEADER + p.buf };
    // RocketMQ's producer reads each message into its buffer before storing it into the mapping.
    case 'rocketmq-commitlog':
      return p.side === 'producer' ? { addr: base, bytes: p.buf } : null;
    default:
      return null;
  }
}

/**
 * DESIGN §4, "user buffers resident (pre-touched)": the buffer's pages are mapped before the first step,
 * anonymous, writable, and Accessed and Dirty because the program wrote them. One range: consecutive pages
 * in consecutive frames.
 */
export function residentBufferPtes(buf: UserBuffer, page: number, pfnBase: number): PteRange {
  const vpn = Math.floor(buf.addr / page);
  const last = Math.floor((buf.addr + Math.max(buf.bytes, 1) - 1) / page);
  return {
    vpn,
    count: last - vpn + 1,
    pfn: pfnBase,
    writable: true,
    user: true,
    accessed: true,
    dirty: true,
    backing: 'anon',
    page: 0,
  };
}
