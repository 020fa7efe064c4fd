import {
  ANON_PFN_BASE,
  formatBytes,
  hex,
  type MachineState,
  type TaskState,
  type Trace,
} from '../../sim/index';
import type { Features } from './features';
import type { BlockView, CowCell, LaneView } from './machineViewModel';
import { PAGE_COLOURS, pageColour, pageLabel, spanBlock } from './pageBlocks';

export type Tr = (key: string, params?: Readonly<Record<string, string | number>>) => string;

/** At most this many page cells per process lane (cow-fork's `pages` can be large). */
export const MAX_COW_CELLS = 8;

/** "P1", "P2": short process names in the order of trace.tasks. */
export function taskShort(trace: Trace, pid: number): string {
  const i = trace.tasks.findIndex((t) => t.pid === pid);
  return i >= 0 ? `P${i + 1}` : `pid ${pid}`;
}

/** Anonymous frames are named F0, F1 … by their offset from ANON_PFN_BASE. */
export function frameName(pfn: number): string {
  return `F${pfn - ANON_PFN_BASE}`;
}

export function frameColour(pfn: number): number {
  return (((pfn - ANON_PFN_BASE) % PAGE_COLOURS) + PAGE_COLOURS) % PAGE_COLOURS;
}

function stateLabel(tr: Tr, m: MachineState, t: TaskState): string {
  switch (t.state) {
    case 'running':
      return m.current === t.pid ? tr('machine.state.running') : tr('machine.state.ready');
    case 'ready':
      return tr('machine.state.ready');
    case 'blocked':
      return blockedLabel(tr, t);
    case 'zombie':
      return tr('machine.state.exited');
    case 'killed':
      return tr('machine.state.killed', { signal: m.signal ?? 'SIGKILL' });
    case 'gone':
      return tr('machine.state.gone');
  }
}

function blockedLabel(tr: Tr, t: TaskState): string {
  switch (t.waitingFor) {
    case 'child':
      return tr('machine.state.blockedChild');
    case 'sndbuf':
      return tr('machine.state.blockedSndbuf');
    case 'socket':
      return tr('machine.state.blockedSocket');
    case 'writeback':
      return tr('machine.state.blockedWriteback');
    case 'completion':
      return tr('machine.state.blockedCompletion');
    case 'errqueue':
      return tr('machine.state.blockedErrqueue');
    case null:
      // A kernel thread waiting for work (the flusher's kworker).
      return tr('machine.state.sleeping');
    default:
      return tr('machine.state.blockedDisk');
  }
}

function mappingBlocks(t: TaskState): BlockView[] {
  return t.ptes
    .filter((p) => p.backing === 'pagecache')
    .map((p, i) => {
      const last = p.page + p.count - 1;
      return {
        key: `map-${t.pid}-${i}`,
        label: `→${pageLabel(p.page, last)}`,
        detail: '',
        colour: pageColour(p.page, last),
        kind: 'ref' as const,
        first: p.page,
        last,
      };
    });
}

function cowCells(tr: Tr, t: TaskState): { cells: CowCell[]; more: number } {
  const anon = t.ptes.filter((p) => p.backing === 'anon');
  const cells = anon.slice(0, MAX_COW_CELLS).map((p) => ({
    key: `cow-${t.pid}-${p.vpn}`,
    label: tr('machine.cow.page', { page: p.page, frame: frameName(p.pfn) }),
    detail: p.writable ? tr('machine.cow.rw') : tr('machine.cow.ro'),
    colour: frameColour(p.pfn),
    writable: p.writable,
  }));
  return { cells, more: anon.length - cells.length };
}

/** One lane per process of the trace: its state, and its user buffer, mapping or page table. */
export function toLaneViews(trace: Trace, m: MachineState, f: Features, tr: Tr): LaneView[] {
  return trace.tasks.map((info, idx) => {
    const t = m.tasks.find((x) => x.pid === info.pid);
    const state = t?.state ?? 'gone';
    const onCpu = m.current === info.pid && state === 'running';
    const title = tr('machine.lane.title', { n: idx + 1, name: info.name, pid: info.pid });
    const inCall = t?.syscall ? tr('machine.lane.inSyscall', { name: t.syscall }) : '';
    const base = t ? stateLabel(tr, m, t) : tr('machine.state.gone');
    const lane: LaneView = {
      pid: info.pid,
      title,
      stateLabel: inCall && (state === 'running' || state === 'blocked') ? `${base} · ${inCall}` : base,
      onCpu,
      dim: state !== 'running' && state !== 'ready',
      alert: state === 'killed',
      buffer:
        f.buffer && !info.kernel
          ? {
              title: tr('machine.box.userBuf'),
              blocks: t?.userBuf ? [spanBlock(`ub-${info.pid}`, t.userBuf)] : [],
              empty: tr('machine.empty'),
            }
          : null,
      mapping:
        f.mapping && !info.kernel
          ? {
              title: tr('machine.box.mapping'),
              detail: t?.vma ? `${hex(t.vma.addr)} · ${formatBytes(t.vma.len)}` : '',
              blocks: t ? mappingBlocks(t) : [],
              empty: t?.vma ? tr('machine.mapping.noPtes') : tr('machine.mapping.none'),
            }
          : null,
      cow: f.cow && t ? { title: tr('machine.box.pageTable'), ...cowCells(tr, t) } : null,
    };
    return lane;
  });
}
