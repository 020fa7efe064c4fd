import { RCV_WINDOW, countPages, writtenFileOf, type MachineState, type Trace } from '../../sim/index';
import type { PageCacheView, RamCell, SkbView } from './machineViewModel';
import { outFileBlocks } from './outFileBlocks';
import { compactBytes, pageColour, pageLabel, rangeBytes, spanBlock } from './pageBlocks';
import type { Tr } from './toLaneViews';

/** Issue 16's scenarios (and issue 17's copy-file-range) write a file: the page-cache box shows its pages. */
export function writesFile(trace: Trace): boolean {
  return receivesToFile(trace) || copiesFile(trace);
}

/** recv-write and RocketMQ's producer (issue 18) receive from a peer into a file: the socket box is the receive queue. */
export function receivesToFile(trace: Trace): boolean {
  return (
    trace.scenario === 'recv-write' ||
    (trace.scenario === 'rocketmq-commitlog' && trace.params.side === 'producer')
  );
}

/** A copy of file 3: the caption also says how much of the source is cached. */
function copiesFile(trace: Trace): boolean {
  return trace.scenario === 'file-copy' || trace.scenario === 'copy-file-range';
}

/** The written file's pages in the page cache, with how many are dirty and what is still only in memory. */
export function toOutPageCache(trace: Trace, m: MachineState, step: number, tr: Tr): PageCacheView {
  const p = trace.params;
  const out = m.out;
  const pc = outFileBlocks({
    cached: out.cached,
    dirty: out.dirty,
    writeback: out.writeback,
    page: p.page,
    file: p.file,
    words: { dirty: tr('machine.pc.dirtyTag'), writeback: tr('machine.pc.writebackTag') },
  });
  const w = writtenFileOf(m, p.page);
  const dirty = w?.dirtyPages ?? 0;
  const writeback = w?.writebackPages ?? 0;
  const clean = (w?.cachedPages ?? 0) - dirty - writeback;
  const parts = [tr('machine.out.dirty', { n: dirty })];
  if (writeback > 0) parts.push(tr('machine.out.writeback', { n: writeback }));
  if (clean > 0) parts.push(tr('machine.out.clean', { n: clean }));
  const inMemory = w?.dirtyBytes ?? 0;
  // The end of the run says first how much of the file is still only in memory.
  if (step >= trace.length - 1 && out.size > 0)
    parts.unshift(
      inMemory > 0 ? tr('machine.end.dirty', { bytes: compactBytes(inMemory) }) : tr('machine.end.clean'),
    );
  if (pc.hidden > 0) parts.push(tr('machine.more', { n: pc.hidden }));
  if (copiesFile(trace))
    parts.push(
      tr('machine.out.source', {
        n: countPages(m.cached),
        total: Math.max(1, Math.ceil(p.file / p.page)),
      }),
    );
  return {
    title: tr('machine.box.pagecacheOut'),
    totalPages: Math.max(1, Math.ceil(p.file / p.page)),
    mode: pc.mode,
    blocks: pc.blocks,
    caption: parts.join(' · '),
  };
}

/** recv-write's socket box: the receive queue (skbs NAPI delivered, not yet copied by recv). */
export function toRxQueue(m: MachineState, tr: Tr): SkbView {
  const q = m.rx.queue;
  const queued = q.to - q.from;
  const ring = m.rx.ring.to - m.rx.ring.from;
  const page = m.page;
  const blocks =
    queued > 0
      ? [
          spanBlock('rxq-0', {
            first: Math.floor(q.from / page),
            last: Math.floor((q.to - 1) / page),
            bytes: queued,
            ref: false,
          }),
        ]
      : [];
  return {
    title: tr('machine.box.rxQueue'),
    blocks,
    more: 0,
    empty: tr('machine.empty'),
    fill: Math.min(1, queued / RCV_WINDOW),
    caption: tr('machine.rx.caption', { queued: compactBytes(queued), ring: compactBytes(ring) }),
  };
}

/** recv-write's NIC: what it is receiving and how much has arrived (null: the sending view applies). */
export function nicLines(trace: Trace, m: MachineState, tr: Tr): string[] | null {
  if (trace.scenario !== 'recv-write') return null;
  const rx = m.inFlight.find((f) => f.device === 'nic' && f.from === 'wire');
  return [
    rx ? tr('machine.nic.receiving', { pages: pageLabel(rx.span.first, rx.span.last) }) : tr('machine.idle'),
    tr('machine.nic.received', { bytes: compactBytes(m.rx.arrived) }),
  ];
}

/** RAM cells of the written file's pages (dirty ones in their own cell) and of the receive queue. */
export function ioRamCells(trace: Trace, m: MachineState, tr: Tr): RamCell[] {
  const p = trace.params;
  const cells: RamCell[] = [];
  const size = (a: number, b: number) => compactBytes(rangeBytes(a, b, p.page, p.file));
  for (const [a, b] of m.out.cached) {
    cells.push({
      key: `out-${a}`,
      label: tr('machine.ram.out'),
      sub: pageLabel(a, b),
      subShort: size(a, b),
      colour: pageColour(a, b),
      kind: 'data',
    });
  }
  const q = m.rx.queue;
  if (q.to > q.from) {
    const a = Math.floor(q.from / p.page);
    const b = Math.floor((q.to - 1) / p.page);
    cells.push({
      key: 'rxq',
      label: tr('machine.ram.rxq'),
      sub: pageLabel(a, b),
      subShort: compactBytes(q.to - q.from),
      colour: pageColour(a, b),
      kind: 'data',
    });
  }
  return cells;
}
