import type { Loc, ScenarioId } from '../../sim/index';

/** The boxes of the machine view; the projection says which to highlight at a step. */
export type BoxId =
  | 'lane'
  | 'user'
  | 'mapping'
  | 'cow'
  | 'pagecache'
  | 'skb'
  | 'pipe'
  | 'kstack'
  | 'path'
  | 'cpu'
  | 'mmu'
  | 'dma'
  | 'disk'
  | 'nic'
  | 'ram';

/**
 * One drawn block: file pages as data (a copy of the bytes), as a reference (a pointer to page-cache
 * frames), being read from disk, or an empty slot. Colour = file page index mod 8 (null: several pages,
 * drawn striped); the label always names the pages too, so colour is never the only carrier.
 */
export interface BlockView {
  readonly key: string;
  readonly label: string;
  readonly detail: string;
  readonly colour: number | null;
  /** dirty / writeback (issue 16): a written file's page not yet on the disk, or on its way there. */
  readonly kind: 'data' | 'ref' | 'locked' | 'empty' | 'dirty' | 'writeback';
  readonly first: number;
  readonly last: number;
}

/** A page-cache block with its place along the box, as fractions 0..1 of the file. */
export interface PlacedBlock extends BlockView {
  readonly x0: number;
  readonly x1: number;
}

export interface CowCell {
  readonly key: string;
  readonly label: string;
  readonly detail: string;
  readonly colour: number;
  readonly writable: boolean;
}

export interface LaneView {
  readonly pid: number;
  readonly title: string;
  readonly stateLabel: string;
  readonly onCpu: boolean;
  /** Greyed: blocked, not yet created, exited or killed. */
  readonly dim: boolean;
  readonly alert: boolean;
  readonly buffer: { readonly title: string; readonly blocks: BlockView[]; readonly empty: string } | null;
  readonly mapping: {
    readonly title: string;
    readonly detail: string;
    readonly blocks: BlockView[];
    readonly empty: string;
  } | null;
  readonly cow: { readonly title: string; readonly cells: CowCell[]; readonly more: number } | null;
}

export interface PageCacheView {
  readonly title: string;
  readonly totalPages: number;
  /** One slot per file page (small files) or one block per cached range, placed along the file. */
  readonly mode: 'slots' | 'ranges';
  readonly blocks: PlacedBlock[];
  readonly caption: string;
}

export interface SkbView {
  readonly title: string;
  readonly blocks: BlockView[];
  readonly more: number;
  readonly empty: string;
  /** How full the send buffer is: 0–1 of sndbuf, and in words ("8 KiB / 4 MiB"). */
  readonly fill: number;
  readonly caption: string;
  /** How many skbs are queued ("2 skbs"), beside the fill bar; none for the receive queue. */
  readonly count?: string;
  /** Several sockets: one line for each of the others ("fd 5 · 16 KiB"), above the fill bar. */
  readonly others?: readonly string[];
}

export interface PipeView {
  readonly title: string;
  /** 16 slots (pipe_buffers); a filled slot holds a reference to one page-cache page. */
  readonly slots: (BlockView | null)[];
  readonly caption: string;
  /** Issue 17: the box holds text lines instead of slots (io_uring's rings, the socket's error queue). */
  readonly lines?: readonly string[];
}

export interface KstackView {
  readonly title: string;
  /** Whose stack: "P1", or idle. */
  readonly owner: string;
  /** Innermost (top of stack) first. */
  readonly frames: string[];
  readonly empty: string;
}

export interface PathView {
  readonly title: string;
  /** Recent steps' kernel functions, oldest first; the last is the current step. */
  readonly lines: { readonly text: string; readonly current: boolean }[];
}

export interface CpuView {
  readonly ring: 0 | 3;
  readonly ringLabel: string;
  readonly activityLabel: string;
  /** Who runs: "P1", or the idle task. */
  readonly currentLabel: string;
}

export interface SmallBoxView {
  readonly title: string;
  readonly titleRight?: string;
  readonly lines: string[];
  readonly active: boolean;
  readonly alert: boolean;
}

export interface RamCell {
  readonly key: string;
  /** Owner of the frames ("cache", "P1 buf", "skb", "F4"), and what they hold ("p0–p2"). */
  readonly label: string;
  readonly sub: string;
  /** Shorter stand-in for `sub` when it does not fit (a page range's size: "760 MiB"). */
  readonly subShort: string;
  readonly colour: number | null;
  readonly kind: 'data' | 'locked';
}

export interface RamView {
  readonly title: string;
  readonly cells: RamCell[];
  readonly more: number;
  readonly empty: string;
  /** Short ("p0 ×3") and long ("3 copies of p0 in RAM") forms of the copy count for the moved page. */
  readonly copies: string | null;
  readonly copiesLong: string | null;
}

/** The data the current step moves, drawn as a travelling block (copy, DMA) or a pointer (reference). */
export interface MoveView {
  readonly kind: 'copy' | 'ref' | 'dma' | 'arrive';
  readonly from: Loc;
  readonly to: Loc;
  readonly pid: number;
  readonly block: BlockView;
  /** For RAM-strip moves (CoW copy): the cells the copy goes between. */
  readonly fromCell?: string;
  readonly toCell?: string;
}

export interface InFlightView {
  readonly device: 'disk' | 'nic';
  readonly from: Loc;
  readonly to: Loc;
  readonly pid: number;
  readonly label: string;
}

export interface MachineViewModel {
  readonly scenario: ScenarioId;
  readonly step: number;
  readonly summary: string;
  readonly bands: { readonly user: string; readonly kernel: string; readonly hw: string };
  readonly bandRings: { readonly user: string; readonly kernel: string };
  readonly lanes: LaneView[];
  readonly pagecache: PageCacheView | null;
  readonly skb: SkbView | null;
  readonly pipe: PipeView | null;
  readonly path: PathView | null;
  readonly kstack: KstackView;
  readonly cpu: CpuView;
  readonly mmu: SmallBoxView;
  readonly dma: SmallBoxView;
  readonly disk: SmallBoxView;
  readonly nic: SmallBoxView;
  readonly ram: RamView;
  readonly move: MoveView | null;
  readonly inFlight: InFlightView[];
  readonly irq: 'disk' | 'nic' | null;
  /** The step raises the interrupt (irq.enter): the line flashes. */
  readonly irqRaised: boolean;
  readonly highlight: BoxId[];
  /** Which task's lane is the user end of 'user'/'mapping' moves: the step's task. */
  readonly stepPid: number;
}
