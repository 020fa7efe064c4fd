import {
  dmaRoute,
  edgeLink,
  inner,
  pagePoint,
  pageTarget,
  placePageCache,
  placeRam,
  placeRow,
  placeStack,
  polyline,
  rectOf,
  sendRoute,
  cubic,
  verticalCurve,
  type Placed,
} from './geometry';
import { FONT, LINE, PAD, type MachineLayout, type Point, type Rect } from './layout';
import { textWidth } from './textFit';
import type { BlockView, MachineViewModel, MoveView, RamCell } from './machineViewModel';

export interface PointerPath {
  readonly key: string;
  readonly d: string;
}

export interface Scene {
  readonly pagecache: Placed<BlockView>[];
  readonly skb: Placed<BlockView>[];
  readonly skbMore: number;
  readonly pipe: Placed<BlockView | null>[];
  /** Blocks in each lane's buffer or mapping box, by pid. */
  readonly laneBlocks: ReadonlyMap<number, Placed<BlockView>[]>;
  readonly ram: { readonly title: Rect; readonly cells: Placed<RamCell>[]; readonly more: number };
  readonly pointers: PointerPath[];
  readonly inFlight: { readonly key: string; readonly d: string; readonly device: 'disk' | 'nic' }[];
  readonly dmaStub: string | null;
  readonly irq: string | null;
  /** The current step's movement: its route (for the arrow and the travelling block). */
  readonly move: {
    readonly kind: MoveView['kind'];
    readonly points: Point[];
    readonly block: BlockView;
    /** Where the moved data (or reference) lands: the block or box pulsed when the move arrives. */
    readonly focus: Rect | null;
  } | null;
}

/** A vertical link (d3-shape's linkVertical): leaves a downwards, arrives at b vertically. */
function curve(a: Point, b: Point): string {
  const midY = (a.y + b.y) / 2;
  return `M${a.x},${a.y}C${a.x},${midY},${b.x},${midY},${b.x},${b.y}`;
}

/**
 * A sideways pointer (skb frag → page cache): leaves the block's left edge and enters the page from below,
 * through the empty room under the pages (from above it would strike through the box's title).
 */
function hookLeftUnder(a: Point, b: Point): string {
  return `M${a.x},${a.y}C${a.x - 40},${a.y} ${b.x},${b.y + 40} ${b.x},${b.y}`;
}

function laneBlocks(vm: MachineViewModel, l: MachineLayout): Map<number, Placed<BlockView>[]> {
  const out = new Map<number, Placed<BlockView>[]>();
  for (const ll of l.lanes) {
    const lane = vm.lanes.find((x) => x.pid === ll.pid);
    const b = lane?.buffer ?? lane?.mapping;
    if (!b) continue;
    const area = inner(ll.box);
    out.set(ll.pid, placeRow({ ...area, h: Math.min(area.h, 72) }, b.blocks, 220));
  }
  return out;
}

function skbPlaced(vm: MachineViewModel, l: MachineLayout): { placed: Placed<BlockView>[]; more: number } {
  if (!vm.skb || !l.skb) return { placed: [], more: 0 };
  const area = inner(l.skb);
  // The foot holds the caption and, above it, the fill bar with the skb count: blocks stay clear of both.
  const foot = LINE + FONT + (vm.skb.others?.length ?? 0) * LINE + (vm.skb.others ? 10 : 0);
  const fit = Math.max(1, Math.floor((area.h - foot + 6) / 40));
  const shown = vm.skb.blocks.slice(0, fit);
  return {
    placed: placeStack(l.skb, shown, fit, foot),
    more: vm.skb.more + vm.skb.blocks.length - shown.length,
  };
}

function pipePlaced(vm: MachineViewModel, l: MachineLayout): Placed<BlockView | null>[] {
  if (!vm.pipe || !l.pipe) return [];
  const area = inner(l.pipe);
  return placeRow({ ...area, h: Math.min(area.h, 56) }, vm.pipe.slots, 80, 4);
}

function pointersOf(
  pc: Placed<BlockView>[],
  skb: Placed<BlockView>[],
  pipe: Placed<BlockView | null>[],
  lanes: Map<number, Placed<BlockView>[]>,
): PointerPath[] {
  const out: PointerPath[] = [];
  for (const { item, r } of skb) {
    if (item.kind !== 'ref') continue;
    const t = pageTarget(pc, item.first, item.last);
    if (t)
      out.push({
        key: `frag-${item.key}`,
        d: hookLeftUnder({ x: r.x, y: r.y + r.h / 2 }, { x: t.x, y: t.bottom }),
      });
  }
  let prev = -2;
  for (const { item, r } of pipe) {
    if (!item) continue;
    // one pointer per run of consecutive pages: a pipe span, not 16 arrows
    if (item.first !== prev + 1) {
      let last = item.first;
      while (pipe.some((p) => p.item?.first === last + 1)) last++;
      const t = pageTarget(pc, item.first, last);
      if (t)
        out.push({
          key: `pipe-${item.key}`,
          d: curve({ x: r.x + r.w / 2, y: r.y }, { x: t.x, y: t.bottom }),
        });
    }
    prev = item.first;
  }
  for (const [pid, placed] of lanes) {
    for (const { item, r } of placed) {
      if (item.kind !== 'ref') continue;
      const t = pagePoint(pc, item.first, item.last);
      if (t) out.push({ key: `pte-${pid}-${item.key}`, d: curve({ x: r.x + r.w / 2, y: r.y + r.h }, t) });
    }
  }
  return out;
}

/** Every block placed for one render: the routes and the focus box are drawn to them. */
interface Placement {
  readonly pc: Placed<BlockView>[];
  readonly ram: { cells: Placed<RamCell>[] };
  readonly lanes: Map<number, Placed<BlockView>[]>;
  readonly skb: Placed<BlockView>[];
  readonly pipe: Placed<BlockView | null>[];
}

/** Whether a placed block carries any of the moving block's file pages. */
function holdsPagesOf(block: { first: number; last: number }) {
  return (x: BlockView | null) => !!x && x.first <= block.last && x.last >= block.first;
}

function movePoints(vm: MachineViewModel, l: MachineLayout, placed: Placement): Point[] | null {
  const mv = vm.move;
  if (!mv) return null;
  const { pc, ram, lanes, skb, pipe } = placed;
  const pages = holdsPagesOf(mv.block);
  /**
   * An arrow that leaves (or enters) page-cache blocks upwards crosses the box's title row: move it right of
   * the title's text when the blocks reach that far, so "page cache" is never struck through.
   */
  const besideTitle = (x: number, block: { first: number; last: number }): number => {
    if (!l.pagecache || !vm.pagecache) return x;
    const titleEnd = l.pagecache.x + PAD + textWidth(vm.pagecache.title, FONT, true) + 12;
    const right = Math.max(...pc.filter((p) => holdsPagesOf(block)(p.item)).map((p) => p.r.x + p.r.w));
    return x < titleEnd && titleEnd <= right - 12 ? titleEnd : x;
  };
  if (mv.kind === 'dma' || mv.kind === 'arrive') {
    if (mv.from === 'nic' && mv.to === 'wire') {
      const y = l.nic.y + l.nic.h / 2;
      return [
        { x: l.nic.x + l.nic.w / 2, y },
        { x: l.nic.x + l.nic.w + 6, y },
      ];
    }
    const device = mv.from === 'disk' ? l.disk : l.nic;
    const mem = rectOf(l, mv.from === 'disk' ? mv.to : mv.from, mv.pid);
    if (!mem) return null;
    return mv.from === 'disk' ? dmaRoute(l, device, mem) : sendRoute(l, mem, device);
  }
  if (mv.from === 'anon' && mv.to === 'anon') {
    const a = ram.cells.find((c) => c.item.key === mv.fromCell)?.r;
    const b = ram.cells.find((c) => c.item.key === mv.toCell)?.r;
    if (!a || !b) return null;
    // Over the frames in between, not through their labels: up into the gap above the RAM box, along it,
    // and down onto the new frame (the arrowhead sits in the gap, above the frame's label).
    const gapY = l.ram.y - 4;
    return [
      { x: a.x + a.w / 2, y: a.y },
      { x: a.x + a.w / 2, y: gapY },
      { x: b.x + b.w / 2, y: gapY },
      { x: b.x + b.w / 2, y: b.y },
    ];
  }
  const from = rectOf(l, mv.from, mv.pid);
  const to = rectOf(l, mv.to, mv.pid);
  if (!from || !to) return null;
  let [a, b] = edgeLink(from, to);
  // Between bands, leave from (or arrive at) the very page block, on a curve.
  const src = mv.from === 'pagecache' ? pageTarget(pc, mv.block.first, mv.block.last) : null;
  const dst = mv.to === 'pagecache' ? pageTarget(pc, mv.block.first, mv.block.last) : null;
  if (src && to.y + to.h <= src.top) a = { x: besideTitle(src.x, mv.block), y: src.top };
  if (dst && from.y + from.h <= dst.top) b = { x: besideTitle(dst.x, mv.block), y: dst.top };
  // A user buffer or mapping holds one block: the arrow starts or ends at it.
  const laneBlock = lanes.get(mv.pid)?.[0]?.r;
  if (laneBlock && (mv.to === 'user' || mv.to === 'mapping') && b.y <= from.y) {
    b = { x: laneBlock.x + laneBlock.w / 2, y: laneBlock.y + laneBlock.h };
  }
  if (laneBlock && (mv.from === 'user' || mv.from === 'mapping') && a.y <= to.y) {
    a = { x: laneBlock.x + laneBlock.w / 2, y: laneBlock.y + laneBlock.h };
  }
  const skbBlock = mv.to === 'skb' ? [...skb].reverse().find((p) => pages(p.item))?.r : undefined;
  if (skbBlock) {
    const mid = { x: skbBlock.x, y: skbBlock.y + skbBlock.h / 2 };
    if (src && mv.from === 'pagecache') {
      // Out of the page's foot, through the room under the pages: over the top it would cross the title.
      const foot = { x: src.x, y: src.bottom };
      return cubic(foot, { x: foot.x, y: foot.y + 40 }, { x: mid.x - 60, y: mid.y }, mid);
    }
    const cx = skbBlock.x + skbBlock.w / 2;
    b = from.y < skbBlock.y ? { x: cx, y: skbBlock.y } : { x: cx, y: skbBlock.y + skbBlock.h };
    if (mv.from === 'pipe') a = { x: cx, y: from.y };
  }
  const slot = mv.to === 'pipe' ? pipe.find((p) => pages(p.item))?.r : undefined;
  if (slot && src) {
    a = { x: src.x, y: src.bottom };
    b = { x: slot.x + slot.w / 2, y: slot.y };
  }
  return a.y === b.y ? [a, b] : verticalCurve(a, b);
}

function focusOf(vm: MachineViewModel, l: MachineLayout, placed: Placement): Rect | null {
  const mv = vm.move;
  if (!mv) return null;
  const { pc, ram, lanes, skb, pipe } = placed;
  const pages = holdsPagesOf(mv.block);
  const union = (rs: Rect[]): Rect | null => {
    if (rs.length === 0) return null;
    const x = Math.min(...rs.map((r) => r.x));
    const y = Math.min(...rs.map((r) => r.y));
    return {
      x,
      y,
      w: Math.max(...rs.map((r) => r.x + r.w)) - x,
      h: Math.max(...rs.map((r) => r.y + r.h)) - y,
    };
  };
  switch (mv.to) {
    case 'user':
    case 'mapping':
      return lanes.get(mv.pid)?.[0]?.r ?? rectOf(l, mv.to, mv.pid);
    case 'skb':
      return [...skb].reverse().find((p) => pages(p.item))?.r ?? l.skb;
    case 'pipe':
      return union(pipe.filter((p) => pages(p.item)).map((p) => p.r)) ?? l.pipe;
    case 'pagecache':
      return union(pc.filter((p) => pages(p.item)).map((p) => p.r)) ?? l.pagecache;
    case 'anon':
      return ram.cells.find((c) => c.item.key === mv.toCell)?.r ?? l.ram;
    case 'wire':
      return l.nic;
    default:
      return rectOf(l, mv.to, mv.pid);
  }
}

/** Places every block and route of the view once per render; components and the animation share it. */
export function buildScene(vm: MachineViewModel, l: MachineLayout): Scene {
  const pc = vm.pagecache && l.pagecache ? placePageCache(l.pagecache, vm.pagecache, LINE + 4) : [];
  const { placed: skb, more } = skbPlaced(vm, l);
  const pipe = pipePlaced(vm, l);
  const lanes = laneBlocks(vm, l);
  const ram = placeRam(l.ram, vm.ram);
  const busXs: number[] = [];
  const inFlight = vm.inFlight.flatMap((f, k) => {
    const device = f.device === 'disk' ? l.disk : l.nic;
    const mem = rectOf(l, f.device === 'disk' ? f.to : f.from, f.pid);
    if (!mem) return [];
    const pts = f.device === 'disk' ? dmaRoute(l, device, mem) : sendRoute(l, mem, device);
    for (const p of pts) if (p.y === l.busY) busXs.push(p.x);
    return [{ key: `${f.device}-${k}`, d: polyline(pts), device: f.device }];
  });
  const dmaX = l.dma.x + l.dma.w / 2;
  const irqDevice = vm.irq === 'disk' ? l.disk : vm.irq === 'nic' ? l.nic : null;
  const irqY = l.bands.hw.y + 4;
  const placed: Placement = { pc, ram, lanes, skb, pipe };
  const points = movePoints(vm, l, placed);
  return {
    pagecache: pc,
    skb,
    skbMore: more,
    pipe,
    laneBlocks: lanes,
    ram,
    pointers: pointersOf(pc, skb, pipe, lanes),
    inFlight,
    // The DMA controller drives the transfer: its stub joins the stretch of memory bus the transfers use.
    dmaStub:
      inFlight.length > 0
        ? `${polyline([
            { x: dmaX, y: l.dma.y },
            { x: dmaX, y: l.busY },
          ])}${polyline([
            { x: Math.min(dmaX, ...busXs), y: l.busY },
            { x: Math.max(dmaX, ...busXs), y: l.busY },
          ])}`
        : null,
    irq: irqDevice
      ? polyline([
          { x: irqDevice.x + irqDevice.w / 2, y: irqDevice.y },
          { x: irqDevice.x + irqDevice.w / 2, y: irqY },
          { x: l.cpu.x + l.cpu.w / 2, y: irqY },
          { x: l.cpu.x + l.cpu.w / 2, y: l.cpu.y },
        ])
      : null,
    move:
      points && vm.move
        ? {
            kind: vm.move.kind,
            points,
            block: vm.move.block,
            focus: focusOf(vm, l, placed),
          }
        : null,
  };
}
