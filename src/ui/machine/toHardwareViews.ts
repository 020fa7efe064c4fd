import { usesDisk } from './features';
import { ioRamCells, nicLines } from './toIoViews';
import { uringRamCells } from './toUringViews';
import {
  countPages,
  fileCacheOf,
  type FileCache,
  formatBytes,
  type MachineState,
  type PageSpan,
  type Step,
  type Trace,
} from '../../sim/index';
import type { CpuView, RamCell, RamView, SmallBoxView } from './machineViewModel';
import { compactBytes, pageColour, pageLabel, rangeBytes, spanBlock } from './pageBlocks';
import { frameColour, frameName, taskShort, type Tr } from './toLaneViews';

/** At most this many cells in the RAM strip; the rest are counted. */
export const MAX_RAM_CELLS = 7;

export function toCpuView(trace: Trace, m: MachineState, tr: Tr): CpuView {
  const cur = m.tasks.find((t) => t.pid === m.current);
  const who = m.current === 0 ? tr('machine.idleTask') : taskShort(trace, m.current);
  // A fault taken in kernel mode (inside copy_from_user) returns to the kernel: ring 0 never runs user code.
  const activity = m.activity === 'user' && m.ring === 0 ? 'kernel' : m.activity;
  let activityLabel: string;
  switch (activity) {
    case 'user':
      activityLabel = tr('machine.cpu.user', { task: who });
      break;
    case 'kernel':
      if (cur?.kstack[cur.kstack.length - 1]?.includes('#PF')) activityLabel = tr('machine.cpu.fault');
      else if (cur?.syscall) activityLabel = tr('machine.cpu.syscall', { name: cur.syscall });
      else activityLabel = tr('machine.cpu.kernel');
      break;
    case 'irq':
      activityLabel = tr('machine.cpu.irq', { device: tr(`machine.loc.${m.irq ?? 'disk'}`) });
      break;
    case 'idle':
      activityLabel = m.inFlight.length > 0 ? tr('machine.cpu.idleDma') : tr('machine.cpu.idle');
      break;
  }
  return {
    ring: m.ring,
    ringLabel: tr(m.ring === 0 ? 'machine.cpu.ring0' : 'machine.cpu.ring3'),
    activityLabel,
    currentLabel: who,
  };
}

export function toMmuView(trace: Trace, m: MachineState, s: Step, tr: Tr): SmallBoxView {
  const addr = String(s.params.addr ?? '');
  let lines: string[];
  if (s.site === 'fault.user_protection') lines = [tr('machine.mmu.fault'), tr('machine.mmu.supervisor')];
  else if (s.kind === 'fault.enter') lines = [tr('machine.mmu.fault'), addr];
  else if (s.kind === 'mmu.pte_update') lines = [tr('machine.mmu.pteSet'), addr];
  else if (s.kind === 'mm.unmap') lines = [tr('machine.mmu.pteClear'), addr];
  else if (s.kind === 'mm.fork') lines = [tr('machine.mmu.ptesCopied'), tr('machine.mmu.readOnly')];
  else if (s.kind === 'mmu.tlb_flush') lines = [tr('machine.mmu.tlbFlush')];
  else {
    const pid = m.current !== 0 ? m.current : (trace.tasks[0]?.pid ?? 0);
    const n = m.tasks.find((t) => t.pid === pid)?.ptes.reduce((a, p) => a + p.count, 0) ?? 0;
    lines = [tr('machine.mmu.ptes', { n }), tr('machine.mmu.tlbCount', { n: m.tlbFlushes })];
  }
  const active = s.kind.startsWith('mmu.') || s.kind.startsWith('mm.') || s.kind.startsWith('fault.');
  return {
    title: tr('machine.box.mmu'),
    lines,
    active: active || s.site === 'user.load_kernel',
    alert: s.site === 'fault.user_protection',
  };
}

export function toDeviceViews(
  trace: Trace,
  m: MachineState,
  s: Step,
  tr: Tr,
): { dma: SmallBoxView; disk: SmallBoxView; nic: SmallBoxView } {
  const disk = m.inFlight.find((f) => f.device === 'disk');
  const nic = m.inFlight.find((f) => f.device === 'nic');
  const label = (f: { span: { first: number; last: number } }) => pageLabel(f.span.first, f.span.last);
  const dmaLines = m.inFlight.length
    ? [tr('machine.dma.busy'), ...m.inFlight.slice(0, 1).map(label)]
    : [tr('machine.dma.idle')];
  const p = trace.params;
  return {
    dma: {
      title: tr('machine.box.dma'),
      lines: dmaLines,
      active: m.inFlight.length > 0,
      alert: false,
    },
    disk: {
      title: tr('machine.box.disk'),
      // A run that never touches the disk shows no file size there (its `file` is bytes the program made).
      lines: usesDisk(trace)
        ? [fileSize(p.file), disk ? tr('machine.disk.reading', { pages: label(disk) }) : tr('machine.idle')]
        : [tr('machine.disk.unused')],
      active: !!disk || s.device === 'disk',
      alert: false,
    },
    nic: {
      title: tr('machine.box.nic'),
      titleRight: tr(`machine.nic.sg.${p.sg}`),
      lines: nicLines(trace, m, tr) ?? [
        nic ? tr('machine.nic.sending', { pages: label(nic) }) : tr('machine.idle'),
        tr('machine.nic.sent', { bytes: compactBytes(m.sentBytes) }),
      ],
      active: !!nic || s.device === 'nic',
      alert: false,
    },
  };
}

/** The file size as given when short ("10000 B", "1 GiB"), else in three digits ("293 KiB"). */
function fileSize(n: number): string {
  const exact = formatBytes(n);
  return exact.length <= 7 ? exact : compactBytes(n);
}

/** What the socket-buffer box holds: the queued skbs and, with sg=off, the linear clone being sent. */
export function skbBoxSpans(m: MachineState): readonly PageSpan[] {
  return m.txClone ? [...m.skb, m.txClone] : m.skb;
}

/** Socket-buffer memory that holds its own copy of the bytes (not page references). */
function linearSkbData(m: MachineState): PageSpan[] {
  return skbBoxSpans(m).filter((sp) => !sp.ref);
}

function covers(span: { first: number; last: number }, page: number): boolean {
  return page >= span.first && page <= span.last;
}

/** Physical frames by owner: how many copies of the same bytes exist in RAM. */
export function toRamView(trace: Trace, m: MachineState, s: Step, tr: Tr): RamView {
  const cells: RamCell[] = [];
  const p = trace.params;
  // Several files to read (issue 14): each file's page-cache frames, labelled with its descriptor.
  const fds = m.fileFds && m.fileFds.length > 1 ? m.fileFds : [undefined];
  fds.forEach((fd, slot) => {
    const { cached, locked } = fileCacheOf(m, slot);
    const pc = fd === undefined ? tr('machine.ram.pc') : tr('machine.ram.pcFd', { fd });
    const file = m.fileSizes?.[slot] ?? p.file;
    const size = (a: number, b: number) => compactBytes(rangeBytes(a, b, p.page, file));
    const key = fd === undefined ? '' : `${fd}-`;
    for (const [a, b] of cached) {
      cells.push({
        key: `pc-${key}${a}`,
        label: pc,
        sub: pageLabel(a, b),
        subShort: size(a, b),
        colour: pageColour(a, b),
        kind: 'data',
      });
    }
    if (locked) {
      const [a, b] = locked;
      cells.push({
        key: `lk-${key}${a}`,
        label: pc,
        sub: pageLabel(a, b),
        subShort: size(a, b),
        colour: pageColour(a, b),
        kind: 'locked',
      });
    }
  });
  for (const t of m.tasks) {
    if (!t.userBuf) continue;
    const { first, last } = t.userBuf;
    cells.push({
      key: `ub-${t.pid}`,
      label: tr('machine.ram.buf', { task: taskShort(trace, t.pid) }),
      sub: pageLabel(first, last),
      subShort: compactBytes(t.userBuf.bytes),
      colour: pageColour(first, last),
      kind: 'data',
    });
  }
  cells.push(...ioRamCells(trace, m, tr), ...uringRamCells(m, tr));
  linearSkbData(m).forEach((sp, i) => {
    const colour = pageColour(sp.first, sp.last);
    cells.push({
      key: `skb-${i}`,
      label: tr('machine.ram.skb'),
      sub: spanBlock('skb', sp).label,
      subShort: compactBytes(sp.bytes),
      colour,
      kind: 'data',
    });
  });
  for (const f of m.anon) {
    cells.push({
      key: `anon-${f.pfn}`,
      label: tr('machine.ram.anon', { frame: frameName(f.pfn), refs: f.refcount }),
      sub: `pg${f.page}`,
      subShort: `pg${f.page}`,
      colour: frameColour(f.pfn),
      kind: 'data',
    });
  }
  // A CoW copy writes a frame the page table takes only at the next step: show the frame being filled.
  const fresh = newFrameOf(s);
  if (fresh !== null && s.data && !m.anon.some((f) => f.pfn === fresh)) {
    cells.push({
      key: `anon-${fresh}`,
      label: tr('machine.ram.anonNew', { frame: frameName(fresh) }),
      sub: `pg${s.data.first}`,
      subShort: `pg${s.data.first}`,
      colour: frameColour(fresh),
      kind: 'data',
    });
  }
  const shown = cells.slice(0, MAX_RAM_CELLS);
  const copies = copiesOf(m, s);
  return {
    title: tr('machine.box.ram'),
    cells: shown,
    more: cells.length - shown.length,
    empty: tr('machine.ram.none'),
    copies: copies ? tr('machine.ram.copies', copies) : null,
    copiesLong: copies ? tr('machine.ram.copiesLong', copies) : null,
  };
}

/** The frame a CoW copy step writes (its pfn travels in the step's narration parameters). */
export function newFrameOf(s: Step): number | null {
  if (s.data?.to !== 'anon' || s.data.from !== 'anon') return null;
  const pfn = Number.parseInt(String(s.params.pfn ?? ''), 16);
  return Number.isFinite(pfn) ? pfn : null;
}

/** How many frames hold the bytes of the page the step moves. */
function copiesOf(m: MachineState, s: Step): { page: string; n: number } | null {
  // Only where bytes are copied or land: a DMA start has nothing in RAM yet, a send has nothing new.
  if (!s.data || s.data.first < 0 || s.kind === 'dma.start' || s.data.to === 'wire') return null;
  const page = s.data.first;
  if (s.data.from === 'anon') {
    const fresh = newFrameOf(s);
    const n = m.anon.filter((f) => f.page === page || f.pfn === fresh).length;
    return { page: `pg${page}`, n: fresh !== null && !m.anon.some((f) => f.pfn === fresh) ? n + 1 : n };
  }
  // The page is the step's file's (several files to read: its slot), not the first file's.
  const slot = Math.max(0, (m.fileFds ?? []).indexOf(s.params.fileFd as number));
  let n = fileCacheOf(m, slot).cached.some(([a, b]) => page >= a && page <= b) ? 1 : 0;
  for (const t of m.tasks) if (t.userBuf && covers(t.userBuf, page)) n++;
  for (const sp of linearSkbData(m)) if (covers(sp, page)) n++;
  return n > 0 ? { page: pageLabel(page, page), n } : null;
}

/** The page-cache box's caption for one file's pages (`size` bytes): what is being read, or how much is cached. */
export function pagesCaption(trace: Trace, m: FileCache, size: number, tr: Tr, hidden: number): string {
  const total = Math.max(1, Math.ceil(size / trace.params.page));
  if (trace.scenario === 'direct-io') return tr('machine.pc.bypassed');
  const parts = [
    m.locked
      ? tr('machine.pc.reading', { pages: pageLabel(m.locked[0], m.locked[1]) })
      : tr('machine.pc.cached', { n: countPages(m.cached), total }),
  ];
  if (hidden > 0) parts.push(tr('machine.more', { n: hidden }));
  return parts.join(' · ');
}
