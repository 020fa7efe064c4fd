import { countPages, getMachineAt, type Params, type ScenarioId, type Trace } from '../../sim/index';
import { writesFile } from './toIoViews';

/** Which boxes a scenario's program uses; the others are left out so the used ones can be big. */
export interface Features {
  /** A user buffer in each lane (read-write, direct-io). */
  readonly buffer: boolean;
  /** A file mapping in the lane, pointing at page-cache frames (mmap-write). */
  readonly mapping: boolean;
  /** Per-process page tables of anonymous frames (cow-fork). */
  readonly cow: boolean;
  /** Page cache and socket buffer in the kernel band. */
  readonly dataPath: boolean;
  /** The page-cache box, within a data path: left out when the run never uses the page cache (featuresOfTrace). */
  readonly pageCache: boolean;
  readonly pipe: boolean;
  /** The socket buffer box (every data path but file-copy's, which has no socket). */
  readonly socket: boolean;
  /** A "kernel path" box listing the recent steps' kernel functions (scenarios without a data path). */
  readonly path: boolean;
}

const NONE: Features = {
  buffer: false,
  mapping: false,
  cow: false,
  dataPath: false,
  pageCache: false,
  pipe: false,
  socket: false,
  path: true,
};
const DATA: Features = { ...NONE, dataPath: true, pageCache: true, socket: true, path: false };

const FEATURES: { readonly [S in ScenarioId]: Features } = {
  syscall: NONE,
  'read-write': { ...DATA, buffer: true },
  'mmap-write': { ...DATA, mapping: true },
  sendfile: DATA,
  splice: { ...DATA, pipe: true },
  'direct-io': { ...DATA, buffer: true },
  'cow-fork': { ...NONE, cow: true },
  'kernel-access': NONE,
  'recv-write': { ...DATA, buffer: true },
  'file-copy': { ...DATA, buffer: true, socket: false },
  // Issue 17: copy_file_range has no buffer and no socket; vmsplice's buffer pages go through a pipe.
  'copy-file-range': { ...DATA, socket: false },
  vmsplice: { ...DATA, buffer: true, pipe: true },
  // Issue 17: io-uring's buffer slots and its rings (in the pipe's place); msg-zerocopy's data, pinned while
  // the NIC reads it, and the socket's error queue (in the pipe's place).
  'io-uring': { ...DATA, buffer: true, pipe: true },
  'msg-zerocopy': { ...DATA, buffer: true, pipe: true },
  // Issue 18: the "Real systems" shelf (netty-send's buffer follows its mode, below).
  'kafka-fetch': DATA,
  'netty-send': { ...DATA, buffer: true },
  'rocketmq-commitlog': { ...DATA, mapping: true },
  'nginx-static': { ...DATA, buffer: true },
};

/** file-copy's boxes follow its method: a buffer (rw), a mapping (mmap), a pipe (splice) or none (sendfile). */
function fileCopyFeatures(method: Params['method']): Features {
  return {
    ...DATA,
    buffer: method === 'rw',
    mapping: method === 'mmap',
    pipe: method === 'splice',
    socket: false,
  };
}

export function featuresOf(
  scenario: ScenarioId,
  params?: Pick<Params, 'method' | 'mode' | 'side'>,
): Features {
  if (scenario === 'file-copy' && params) return fileCopyFeatures(params.method);
  // DefaultFileRegion passes no buffer of its own: sendfile, like the sendfile scenario.
  if (scenario === 'netty-send' && params?.mode === 'fileregion') return DATA;
  // RocketMQ's producer reads each message into a buffer, then stores it through the writable mapping into
  // the written file's pages, which the page-cache box shows (a lane has one box: the buffer).
  if (scenario === 'rocketmq-commitlog' && params?.side === 'producer') return { ...DATA, buffer: true };
  return FEATURES[scenario];
}

const pageCacheUse = new WeakMap<Trace, boolean>();

/**
 * Whether a run uses the page cache at all: a file it writes, file pages cached before or after it, or read from
 * the disk (O_DIRECT's empty page cache is its lesson, so it counts). msg-zerocopy and vmsplice send bytes the program made itself:
 * an empty page-cache box would say nothing about them. Read from the trace, once per trace.
 */
export function usesPageCache(trace: Trace): boolean {
  let uses = pageCacheUse.get(trace);
  if (uses === undefined) {
    const cachedAt = (i: number): number => countPages(getMachineAt(trace, i).cached);
    uses =
      writesFile(trace) ||
      trace.totals.diskRequests > 0 ||
      cachedAt(-1) > 0 ||
      cachedAt(trace.length - 1) > 0;
    pageCacheUse.set(trace, uses);
  }
  return uses;
}

/**
 * Whether a run has a file on the disk at all: the same test as the page cache's (a file it writes, or reads
 * from the disk or from cached pages). msg-zerocopy, vmsplice, syscall, cow-fork and kernel-access never touch
 * the disk: their `file` parameter (if any) is the size of bytes the program made, not of a file.
 */
export function usesDisk(trace: Trace): boolean {
  return usesPageCache(trace);
}

/** The boxes of one run: its scenario's, without the page cache when the run never uses it. */
export function featuresOfTrace(trace: Trace): Features {
  const f = featuresOf(trace.scenario, trace.params);
  return f.pageCache && !usesPageCache(trace) ? { ...f, pageCache: false } : f;
}
