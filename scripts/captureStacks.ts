// Kernel call stacks for the narration check (issue 12; tests/fidelity/stacks.test.ts).
//
// Runs each scenario's C program (tests/fidelity/c, built by `npm run capture`, which calls this at its end)
// once with a cold page cache while a private tracefs instance records the tracepoints on its path with the
// `stacktrace` option, and writes the distinct (event, stack) pairs of the program's window to
// tests/fidelity/stacks/<scenario>.json. Function tracing and kprobes are not needed (nor permitted here):
// tracepoints with stacks are. Linux only, as root; tracefs is mounted in a temporary directory if it is not
// mounted already, and unmounted again.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// The fixture's shape is the test's (the capture writes what tests/fidelity/stacks.test.ts reads).
import { STACK_DIR, type StackEvent, type StackFixture } from '../tests/fidelity/stackNames';
import { startPeer } from './peer';

const ROOT = path.resolve(import.meta.dirname, '..');
const BUILD = path.join(ROOT, 'tests/fidelity/build');
const ENV = {
  PATH: process.env.PATH ?? '/usr/bin:/bin',
  LC_ALL: 'C',
  GLIBC_TUNABLES: 'glibc.pthread.rseq=0',
};

/** The tracepoints on the scenarios' paths (the reference's list), `system:event`. */
export const TRACEPOINTS = [
  'syscalls:sys_enter_getpid',
  // The programs mark their window with close(-1) (tests/fidelity/c/common.h): only events inside it are kept.
  'syscalls:sys_enter_close',
  'exceptions:page_fault_user',
  'exceptions:page_fault_kernel',
  'sched:sched_switch',
  'sched:sched_wakeup',
  'block:block_rq_issue',
  'block:block_rq_complete',
  'irq:irq_handler_entry',
  'irq:softirq_raise',
  'readahead:page_cache_sync_ra',
  'readahead:page_cache_async_ra',
  'readahead:page_cache_ra_order',
  'filemap:mm_filemap_add_to_page_cache',
  'filemap:mm_filemap_get_pages',
  'filemap:mm_filemap_map_pages',
  'iomap:iomap_dio_rw_begin',
  'iomap:iomap_dio_complete',
  'tcp:tcp_sendmsg_locked',
  'net:net_dev_start_xmit',
  'skb:consume_skb',
  'tlb:tlb_flush',
  'signal:signal_generate',
  'signal:signal_deliver',
  'kmem:mm_page_alloc',
  // Issue 17's io_uring and MSG_ZEROCOPY paths.
  'io_uring:io_uring_create',
  'io_uring:io_uring_submit_req',
  'io_uring:io_uring_complete',
  'io_uring:io_uring_task_add',
  'io_uring:io_uring_link',
  'io_uring:io_uring_cqring_wait',
  'io_uring:io_uring_queue_async_work',
  'io_uring:io_uring_poll_arm',
  'sched:sched_wakeup_new',
  'mmap:vm_unmapped_area',
  'sock:inet_sk_error_report',
  // Issue 16's receive path (on lo: the sender's softirq delivers) and write path.
  'net:netif_rx',
  'net:netif_receive_skb',
  'napi:napi_poll',
  'sock:sk_data_ready',
  'skb:skb_copy_datagram_iovec',
  'writeback:writeback_dirty_folio',
  'writeback:folio_wait_writeback',
  'writeback:wbc_writepage',
  'writeback:writeback_mark_inode_dirty',
] as const;

/** Events kept whatever task the CPU ran when they fired: interrupts land anywhere, often on <idle>. */
const ANY_TASK = new Set(['irq_handler_entry', 'softirq_raise', 'block_rq_complete']);
/** The program's io_uring threads: the SQPOLL thread (iou-sqp-PID) and io-wq workers (iou-wrk-PID). */
const URING_THREAD = /^iou-(sqp|wrk)-\d+$/;
/**
 * The receive path's events in the sending peer (source.c): on lo, the sender's own softirq delivers each
 * segment to the receiving socket (loopback_xmit → netif_rx, then net_rx_action on local_bh_enable).
 */
const PEER_RX = new Set(['netif_rx', 'netif_receive_skb', 'napi_poll', 'sk_data_ready']);

interface Run {
  readonly scenario: string;
  readonly program: string;
  readonly args: readonly string[];
  /** The peer: sink.c receives what the program sends (port=), source.c sends what it receives. */
  readonly peer?: 'sink' | 'source';
  /** Made cold (pcstat) before the run; by default none. */
  readonly cold?: string;
}

const FILE = 'data/f10000.bin';
/** Rule 10's sender (sndbuf_block.c): a cached file, sent to a slow receiver, so the sender sleeps. */
const BIG = 'data/sndbuf-8m.bin';
const MIB = 'data/f1048576.bin';
const OUT = 'data/out.bin';
/** A sender on file: cold file, the sink as its peer. */
const sends = (scenario: string, program: string, args: readonly string[], file = FILE): Run => ({
  scenario,
  program,
  args: [`file=${file}`, ...args],
  peer: 'sink',
  cold: file,
});
const RUNS: readonly Run[] = [
  { scenario: 'syscall', program: 'syscall', args: [] },
  sends('read-write', 'read_write', ['loop=size']),
  sends('mmap-write', 'mmap_write', []),
  sends('sendfile', 'sendfile', ['loop=size']),
  sends('splice', 'splice', ['loop=size']),
  sends('direct-io', 'direct_io', ['loop=size']),
  { scenario: 'cow-fork', program: 'cow_fork', args: ['pages=4'] },
  { scenario: 'kernel-access', program: 'kernel_access', args: [] },
  // Issue 17 (a 1 MiB file, so the readahead tracepoints show the async windows too).
  { scenario: 'copy-file-range', program: 'copy_file_range', args: [`file=${MIB}`] },
  // Its bytes are in the process's memory before the window: no cold file to read.
  { scenario: 'vmsplice', program: 'vmsplice', args: [`file=${MIB}`], peer: 'sink' },
  // Its events join read-write's: the same program shape, with a full send buffer.
  {
    scenario: 'read-write',
    program: 'sndbuf_block',
    args: [`file=${BIG}`, `size=${8 << 20}`, 'buf=4096', 'slow=1'],
  },
  // Issue 17: a cold file read through the ring (task_work completions), then SEND_ZC and SQPOLL.
  sends('io-uring', 'io_uring', [], MIB),
  sends('io-uring', 'io_uring', ['op=send_zc'], MIB),
  sends('io-uring', 'io_uring', ['sqpoll=on'], MIB),
  // nic=loopback: the pages are copied on local delivery and the notification wakes the poll. The program
  // makes its bytes itself (the file only gives the size).
  { scenario: 'msg-zerocopy', program: 'msg_zerocopy', args: [`file=${MIB}`], peer: 'sink' },
  // Issue 16: wait=0 receives while the peer still sends, so recv() sleeps in sk_wait_data; then each sync.
  ...['fsync', 'direct', 'osync'].map((sync): Run => ({
    scenario: 'recv-write',
    program: 'recv_write',
    args: [`size=${1 << 20}`, `sync=${sync}`, `out=${OUT}`, 'wait=0'],
    peer: 'source',
  })),
  ...['rw', 'mmap', 'sendfile', 'splice'].map((method): Run => ({
    scenario: 'file-copy',
    program: 'file_copy',
    args: [`file=${MIB}`, `method=${method}`, `sync=${method === 'rw' ? 'fsync' : 'none'}`, `out=${OUT}`],
    cold: MIB,
  })),
];

// `comm-pid [cpu] flags ts: event: details`; syscall events print as `sys_close(fd: 4)`.
const HEADER = /^\s*(.+?)-(\d+)\s+\[\d+\]\s+\S+\s+[\d.]+:\s+(?:(<stack trace>)|(\w+)(?::\s?|\()(.*))$/;
const TRACING_FRAME = /^(trace_event_raw_event_|__traceiter_|trace_|ftrace_|perf_trace_|__bpf_trace_)/;

/** Pure: the (event, stack) pairs of a tracefs `trace` text, kept when `keep(event, comm, details)` says so. */
export function parseTrace(
  text: string,
  keep: (event: string, comm: string, details: string) => boolean,
): StackEvent[] {
  const out: StackEvent[] = [];
  // CPUs interleave in the merged output: a stack belongs to the last event of the same task.
  const pending = new Map<string, { event: string; keep: boolean }>();
  let current: { event: string; keep: boolean } | null = null;
  let stack: string[] | null = null;
  const flush = (): void => {
    if (current?.keep && stack)
      out.push({ event: current.event, stack: stack.filter((f) => !TRACING_FRAME.test(f)) });
    current = null;
    stack = null;
  };
  for (const line of text.split('\n')) {
    if (line.startsWith(' => ')) {
      stack?.push(
        line
          .slice(4)
          .trim()
          .replace(/\+0x.*$/, ''),
      );
      continue;
    }
    const m = HEADER.exec(line);
    if (!m) continue;
    flush();
    const [, comm = '', pid = '', stackMark, event = '', details = ''] = m;
    const task = `${comm.trim()}-${pid}`;
    if (stackMark) {
      current = pending.get(task) ?? null;
      pending.delete(task);
      stack = [];
      continue;
    }
    pending.set(task, { event, keep: keep(event, comm.trim(), details) });
  }
  flush();
  return out;
}

/** Pure: distinct pairs, at most `perEvent` stacks of each event, in first-seen order. */
export function distinct(events: readonly StackEvent[], perEvent = 8): StackEvent[] {
  const seen = new Set<string>();
  const count = new Map<string, number>();
  const out: StackEvent[] = [];
  for (const e of events) {
    const key = `${e.event}|${e.stack.join(',')}`;
    if (seen.has(key) || (count.get(e.event) ?? 0) >= perEvent) continue;
    seen.add(key);
    count.set(e.event, (count.get(e.event) ?? 0) + 1);
    out.push({ event: e.event, stack: e.stack.slice(0, 32) });
  }
  return out;
}

function write(file: string, text: string): void {
  writeFileSync(file, text);
}

function tracefsRoot(): { root: string; unmount: () => void } {
  for (const dir of ['/sys/kernel/tracing', '/sys/kernel/debug/tracing'])
    if (existsSync(path.join(dir, 'instances'))) return { root: dir, unmount: () => undefined };
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tracefs-'));
  const r = spawnSync('mount', ['-t', 'tracefs', 'nodev', dir]);
  if (r.status !== 0) throw new Error('tracefs is not mounted and cannot be mounted (run as root)');
  return {
    root: dir,
    unmount: () => {
      spawnSync('umount', [dir]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function runProgram(cmd: string, args: readonly string[]): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: BUILD, env: ENV, stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

/** Runs `run` with the peer listening; waits for the peer to end (it is killed after 5 s). */
async function withPeer(peer: 'sink' | 'source', run: (port: number) => Promise<void>): Promise<void> {
  const args = peer === 'source' ? [`file=${MIB}`] : [];
  const p = await startPeer(`./${peer}`, args, () => true, { cwd: BUILD, env: ENV });
  await run(p.port);
  await p.ended().catch((e: unknown) => process.stderr.write(`stacks: ${(e as Error).message}\n`));
}

async function captureOne(instance: string, r: Run, kernel: string): Promise<StackFixture> {
  const comm = r.program.slice(0, 15);
  const set = (file: string, value: string): void => write(path.join(instance, file), value);
  set('tracing_on', '0');
  set('trace', '');
  if (r.cold) await runProgram('./pcstat', ['cold', r.cold]);
  const go = async (extra: readonly string[]): Promise<void> => {
    set('tracing_on', '1');
    await runProgram(`./${r.program}`, [...r.args, ...extra]);
    set('tracing_on', '0');
  };
  if (r.peer) await withPeer(r.peer, (port) => go([`port=${port}`]));
  else await go([]);
  const text = readFileSync(path.join(instance, 'trace'), 'utf8');
  if (process.env.STACKS_RAW) writeFileSync(path.join(process.env.STACKS_RAW, `${r.scenario}.trace`), text);
  // Inside the window: from the program's first close(-1) to its second (or to the end, when it is killed).
  let inside = false;
  const events = parseTrace(text, (event, c, details) => {
    if (event === 'sys_close' && c === comm && details.startsWith('fd: 0xffffffff')) {
      inside = !inside;
      return false;
    }
    if (!inside || event === 'sys_close') return false;
    // Wakeups of the program, whoever wakes it (its own wakeups of other tasks say nothing about its path).
    if (event === 'sched_wakeup') return details.includes(`comm=${comm} `);
    if (c === comm || URING_THREAD.test(c)) return true;
    if (r.peer === 'source' && c === 'source') return PEER_RX.has(event);
    if (event === 'irq_handler_entry') return details.includes('virtio');
    return ANY_TASK.has(event) && event !== 'irq_handler_entry';
  });
  return {
    scenario: r.scenario,
    program: `tests/fidelity/c/${r.program}.c ${r.args.join(' ')}`.trim(),
    kernel,
    events: distinct(events),
  };
}

/** Captures every scenario's stacks into tests/fidelity/stacks/. Needs the programs built in BUILD. */
export async function captureStacks(): Promise<void> {
  const { root, unmount } = tracefsRoot();
  const instance = path.join(root, 'instances', `dpl-stacks-${process.pid}`);
  mkdirSync(instance);
  try {
    write(path.join(instance, 'buffer_size_kb'), '16384');
    write(path.join(instance, 'options/stacktrace'), '1');
    for (const tp of TRACEPOINTS) {
      const file = path.join(instance, 'events', ...tp.split(':'), 'enable');
      if (existsSync(file)) write(file, '1');
      else process.stderr.write(`capture: no tracepoint ${tp} on this kernel\n`);
    }
    // Only the BLOCK (4) and NET_TX/NET_RX (2, 3) softirqs are on the paths.
    write(path.join(instance, 'events/irq/softirq_raise/filter'), 'vec == 4 || vec == 2 || vec == 3');
    mkdirSync(STACK_DIR, { recursive: true });
    const kernel = `${os.release()} ${os.version()}`;
    if (!existsSync(path.join(BUILD, BIG))) writeFileSync(path.join(BUILD, BIG), Buffer.alloc(8 << 20, 0x5a));
    const only = process.env.STACKS_ONLY?.split(',');
    const fixtures = new Map<string, StackFixture>();
    for (const r of RUNS) {
      if (only && !only.includes(r.scenario)) continue;
      const f = await captureOne(instance, r, kernel);
      const before = fixtures.get(r.scenario);
      fixtures.set(
        r.scenario,
        before
          ? {
              ...before,
              program: `${before.program}; ${f.program}`,
              events: distinct([...before.events, ...f.events], 16),
            }
          : f,
      );
    }
    for (const [scenario, f] of fixtures) {
      writeFileSync(path.join(STACK_DIR, `${scenario}.json`), JSON.stringify(f, null, 2) + '\n');
      process.stdout.write(
        `stacks ${scenario.padEnd(14)} ${String(f.events.length).padStart(4)} distinct stacks\n`,
      );
    }
  } finally {
    write(path.join(instance, 'tracing_on'), '0');
    spawnSync('rmdir', [instance]);
    unmount();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  if (!existsSync(path.join(BUILD, 'read_write'))) {
    process.stderr.write('capture: build the programs first (npm run capture)\n');
    process.exit(1);
  }
  await captureStacks();
}
