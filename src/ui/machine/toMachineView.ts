import { getMachineAt, getStep, type MachineState, type Step, type Trace } from '../../sim/index';
import { translate, type Locale } from '../../i18n/index';
import { featuresOfTrace } from './features';
import type {
  BoxId,
  InFlightView,
  MachineViewModel,
  MoveView,
  PathView,
  PipeView,
  SkbView,
} from './machineViewModel';
import { compactBytes, pageCacheBlocks, pageLabel, pipeSlots, spanBlock } from './pageBlocks';
import { newFrameOf, pagesCaption, toCpuView, toDeviceViews, toMmuView, toRamView } from './toHardwareViews';
import { frameColour, taskShort, toLaneViews, type Tr } from './toLaneViews';
import { receivesToFile, toOutPageCache, toRxQueue, writesFile } from './toIoViews';
import { uringBox } from './toUringViews';
import { fileFocus } from './toFileViews';
import { queuedBytes, socketFocus } from './toSocketViews';

/** skb blocks drawn; the rest of the queue is counted. */
export const MAX_SKB_BLOCKS = 4;
export const PIPE_SLOTS = 16;
/** Steps listed in the "kernel path" box. */
const PATH_LINES = 4;

/** Clamps a step index into the trace. */
export function clampStep(trace: Trace, step: number): number {
  if (!Number.isFinite(step)) return 0;
  return Math.min(Math.max(Math.trunc(step), 0), Math.max(0, trace.length - 1));
}

function toMove(s: Step, m: MachineState): MoveView | null {
  if (s.site === 'mm.fault_around') {
    const t = m.tasks.find((x) => x.pid === s.task);
    const last = t?.ptes.filter((p) => p.backing === 'pagecache').at(-1);
    const pages = Number(s.params.pages) || 1;
    if (!last) return null;
    const end = last.page + last.count - 1;
    const first = Math.max(last.page, end - pages + 1);
    const block = spanBlock('move', { first, last: end, bytes: 0, ref: true });
    return { kind: 'ref', from: 'pagecache', to: 'mapping', pid: s.task, block: { ...block, detail: '' } };
  }
  if (!s.data) return null;
  const d = s.data;
  const kind: MoveView['kind'] =
    s.kind === 'ref.move'
      ? 'ref'
      : s.kind === 'dma.start'
        ? 'dma'
        : s.kind === 'dma.done'
          ? 'arrive'
          : 'copy';
  const block = spanBlock('move', { first: d.first, last: d.last, bytes: d.bytes, ref: kind === 'ref' });
  if (d.from === 'anon' && d.to === 'anon') {
    const dst = newFrameOf(s);
    // the writer's PTE still maps the shared frame: it is switched to the copy at the next step
    const src = m.tasks
      .find((t) => t.pid === s.task)
      ?.ptes.find((p) => p.backing === 'anon' && p.page === d.first);
    return {
      kind,
      from: d.from,
      to: d.to,
      pid: s.task,
      block: { ...block, label: `pg${d.first}`, colour: dst !== null ? frameColour(dst) : block.colour },
      ...(src && src.pfn !== dst ? { fromCell: `anon-${src.pfn}` } : {}),
      ...(dst !== null ? { toCell: `anon-${dst}` } : {}),
    };
  }
  return { kind, from: d.from, to: d.to, pid: s.task, block };
}

/** The send queue (page references or linear data) and, with sg=off, the linear clone being sent. */
function toSkb(trace: Trace, m: MachineState, step: Step, tr: Tr): SkbView {
  const focus = socketFocus(m, step, trace.params.sndbuf, tr);
  // With sg=off, the linear clone being sent (one NIC: whichever socket's skb it is).
  const spans = m.txClone ? [...focus.spans, m.txClone] : focus.spans;
  const q = focus.queue;
  const queued = queuedBytes(q);
  return {
    title: tr(focus.fd === undefined ? 'machine.box.skb' : 'machine.box.skbFd', { fd: focus.fd ?? 0 }),
    blocks: spans.slice(0, MAX_SKB_BLOCKS).map((sp, k) => {
      const b = spanBlock(`skb-${k}`, sp);
      return sp.ref ? { ...b, label: `→${b.label}` } : b;
    }),
    more: Math.max(0, spans.length - MAX_SKB_BLOCKS),
    empty: tr('machine.empty'),
    fill: Math.min(1, queued / focus.sndbuf),
    caption: tr('machine.skb.fill', {
      queued: compactBytes(queued),
      limit: compactBytes(focus.sndbuf),
    }),
    count: tr(q.skbs === 1 ? 'machine.skb.one' : 'machine.skb.many', { n: q.skbs }),
    ...(focus.others.length > 0 ? { others: focus.others } : {}),
  };
}

function highlights(s: Step): BoxId[] {
  const out = new Set<BoxId>();
  const k = s.kind;
  if (k === 'syscall.enter' || k === 'syscall.exit' || k === 'entry.detail')
    out.add('cpu').add('kstack').add('path');
  if (k === 'fault.enter' || k === 'fault.return') out.add('mmu').add('kstack').add('cpu').add('path');
  if (k.startsWith('mm.') || k.startsWith('mmu.')) out.add('mmu').add('mapping').add('cow').add('path');
  if (k === 'pagecache.alloc') out.add('pagecache');
  if (k === 'dma.start' || k === 'dma.done') out.add('dma');
  if (s.device) out.add(s.device);
  if (k === 'irq.enter' || k === 'irq.exit') out.add('cpu');
  if (k === 'sock.ack') out.add('skb').add('nic').add('cpu');
  if (k.startsWith('sched.') || k === 'signal.deliver' || k === 'task.exit')
    out.add('lane').add('cpu').add('path');
  if (k === 'user.access') out.add('lane').add('cow').add('path');
  if (k === 'cpu.copy') out.add('cpu').add('ram');
  if (s.data) {
    for (const loc of [s.data.from, s.data.to]) {
      if (loc === 'pagecache' || loc === 'skb' || loc === 'pipe' || loc === 'mapping' || loc === 'user')
        out.add(loc);
      if (loc === 'anon') out.add('ram');
      if (loc === 'disk' || loc === 'nic') out.add(loc);
    }
  }
  return [...out];
}

function toPath(trace: Trace, i: number, tr: Tr): PathView {
  const lines = [];
  for (let j = Math.max(0, i - PATH_LINES + 1); j <= i; j++) {
    const s = getStep(trace, j);
    // A user-mode instruction among the kernel's functions is marked as ring 3 code.
    lines.push({ text: s.kind === 'user.access' ? `ring 3 · ${s.fn}` : s.fn, current: j === i });
  }
  return { title: tr('machine.box.path'), lines };
}

function toPipe(m: MachineState, tr: Tr): PipeView {
  const slots = pipeSlots(m.pipe, PIPE_SLOTS);
  const n = slots.filter((x) => x !== null).length;
  const pages = m.pipe.map((sp) => pageLabel(sp.first, sp.last)).join(', ');
  return {
    title: tr('machine.box.pipe'),
    slots,
    caption: n > 0 ? tr('machine.pipe.caption', { n, pages }) : tr('machine.empty'),
  };
}

function toInFlight(trace: Trace, m: MachineState): InFlightView[] {
  const pid = trace.tasks[0]?.pid ?? 0;
  return m.inFlight.map((f) => ({
    device: f.device,
    from: f.from,
    to: f.to,
    pid,
    label: pageLabel(f.span.first, f.span.last),
  }));
}

/**
 * Pure projection (STYLE §7): what the machine view draws at step i — boxes, labels and block lists, all text
 * already in `locale`. The machine state is the one after step i; `move` is what step i itself moved.
 */
export function toMachineView(trace: Trace, step: number, locale: Locale): MachineViewModel {
  const tr: Tr = (key, params) => translate(locale, key, params);
  const i = clampStep(trace, step);
  const s = getStep(trace, i);
  const m = getMachineAt(trace, i);
  const f = featuresOfTrace(trace);
  const p = trace.params;
  // Several files to read (issue 14): the box shows one file's pages and lists the others.
  const file = fileFocus(trace, m, i, tr);
  const pc = f.pageCache
    ? pageCacheBlocks({ cached: file.cache.cached, locked: file.cache.locked, page: p.page, file: file.size })
    : null;
  const cur = m.tasks.find((t) => t.pid === m.current);
  const kstackOwner = m.current === 0 ? tr('machine.idle') : taskShort(trace, m.current);
  const frames: string[] = [];
  for (const fr of cur?.kstack ?? []) {
    if (fr.includes('#PF')) frames.push(tr('machine.kstack.ptRegsFault'), tr('machine.kstack.faultHandler'));
    else {
      frames.push(tr('machine.kstack.ptRegs'));
      if (cur?.syscall) frames.push(tr('machine.kstack.handler', { name: cur.syscall }));
    }
  }
  const cpu = toCpuView(trace, m, tr);
  return {
    scenario: trace.scenario,
    step: i,
    summary: tr('machine.summary', {
      step: i + 1,
      total: trace.length,
      ring: cpu.ringLabel,
      activity: cpu.activityLabel,
    }),
    bands: { user: tr('machine.band.user'), kernel: tr('machine.band.kernel'), hw: tr('machine.band.hw') },
    bandRings: { user: tr('machine.band.ring3'), kernel: tr('machine.band.ring0') },
    lanes: toLaneViews(trace, m, f, tr),
    pagecache: writesFile(trace)
      ? toOutPageCache(trace, m, i, tr)
      : pc
        ? {
            title:
              file.fd === undefined ? tr('machine.box.pagecache') : tr('machine.box.pcFd', { fd: file.fd }),
            totalPages: Math.max(1, Math.ceil(file.size / p.page)),
            mode: pc.mode,
            blocks: pc.blocks,
            caption: [pagesCaption(trace, file.cache, file.size, tr, pc.hidden), ...file.others].join(' · '),
          }
        : null,
    skb: !f.socket ? null : receivesToFile(trace) ? toRxQueue(m, tr) : toSkb(trace, m, s, tr),
    pipe: f.pipe ? (uringBox(trace, m, tr) ?? toPipe(m, tr)) : null,
    path: f.path ? toPath(trace, i, tr) : null,
    kstack: {
      title: tr('machine.box.kstack'),
      owner: kstackOwner,
      frames: frames.reverse(),
      empty:
        m.current === 0
          ? tr('machine.kstack.idle')
          : cur && (cur.state === 'killed' || cur.state === 'zombie')
            ? tr('machine.kstack.freed')
            : tr('machine.kstack.empty'),
    },
    cpu,
    mmu: toMmuView(trace, m, s, tr),
    ...toDeviceViews(trace, m, s, tr),
    ram: toRamView(trace, m, s, tr),
    move: toMove(s, m),
    inFlight: toInFlight(trace, m),
    irq: m.irq,
    irqRaised: s.kind === 'irq.enter',
    highlight: highlights(s),
    stepPid: s.task,
  };
}
