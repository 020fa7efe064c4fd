import { scaleBand, scaleLinear } from 'd3-scale';
import type { Loc } from '../../sim/index';
import { PAD, TITLE_H, type MachineLayout, type Point, type Rect } from './layout';
import type { BlockView, PageCacheView, RamView } from './machineViewModel';

export interface Placed<T> {
  readonly item: T;
  readonly r: Rect;
}

/** The content area of a box below its title row. */
export function inner(r: Rect, titleH = TITLE_H): Rect {
  return { x: r.x + PAD, y: r.y + titleH + 2, w: r.w - 2 * PAD, h: r.h - titleH - PAD - 2 };
}

/** Lays out page-cache blocks: slots in rows for small files, proportional ranges for big ones. */
export function placePageCache(box: Rect, pc: PageCacheView, captionH: number): Placed<BlockView>[] {
  const area = inner(box);
  const h = area.h - captionH;
  if (pc.mode === 'slots') {
    const n = pc.blocks.length;
    let perRow = Math.max(1, Math.min(n, Math.floor((area.w + 6) / 56)));
    const rows = Math.ceil(n / perRow);
    let rowH = Math.min(64, (h - 6 * (rows - 1)) / rows);
    if (rowH < 30) {
      // too many rows for the box: one row, labels only where they fit (the caption names the pages)
      perRow = n;
      rowH = Math.min(64, h);
    }
    const x = scaleBand<number>()
      .domain([...Array(perRow).keys()])
      .range([area.x, area.x + area.w])
      .paddingInner(0.08);
    return pc.blocks.map((b, i) => ({
      item: b,
      r: { x: x(i % perRow)!, y: area.y + Math.floor(i / perRow) * (rowH + 6), w: x.bandwidth(), h: rowH },
    }));
  }
  const x = scaleLinear()
    .domain([0, 1])
    .range([area.x, area.x + area.w]);
  const rowH = Math.min(64, h);
  return pc.blocks.map((b) => {
    const x0 = x(b.x0);
    const w = Math.max(6, x(b.x1) - x0);
    return { item: b, r: { x: Math.min(x0, area.x + area.w - w), y: area.y, w, h: rowH } };
  });
}

/**
 * The page-cache blocks holding file pages [first, last] and where a pointer to them lands: the middle of
 * their union (top edge by default).
 */
export function pageTarget(
  placed: readonly Placed<BlockView>[],
  first: number,
  last: number,
): { x: number; top: number; bottom: number } | null {
  const hits = placed.filter((p) => p.item.kind !== 'empty' && first <= p.item.last && last >= p.item.first);
  if (hits.length === 0) return null;
  if (hits.length === 1) {
    const { r, item } = hits[0]!;
    const span = item.last - item.first + 1;
    const mid = (Math.max(first, item.first) + Math.min(last, item.last) + 1) / 2 - item.first;
    return { x: r.x + (r.w * mid) / span, top: r.y, bottom: r.y + r.h };
  }
  const x0 = Math.min(...hits.map((h) => h.r.x));
  const x1 = Math.max(...hits.map((h) => h.r.x + h.r.w));
  return {
    x: (x0 + x1) / 2,
    top: Math.min(...hits.map((h) => h.r.y)),
    bottom: Math.max(...hits.map((h) => h.r.y + h.r.h)),
  };
}

export function pagePoint(placed: readonly Placed<BlockView>[], first: number, last: number): Point | null {
  const t = pageTarget(placed, first, last);
  return t ? { x: t.x, y: t.top } : null;
}

/** Samples a cubic Bézier into a polyline, so the arrow and the travelling block share one route. */
export function cubic(a: Point, c1: Point, c2: Point, b: Point, n = 16): Point[] {
  return Array.from({ length: n + 1 }, (_, i) => {
    const t = i / n;
    const u = 1 - t;
    return {
      x: u * u * u * a.x + 3 * u * u * t * c1.x + 3 * u * t * t * c2.x + t * t * t * b.x,
      y: u * u * u * a.y + 3 * u * u * t * c1.y + 3 * u * t * t * c2.y + t * t * t * b.y,
    };
  });
}

/** A curve from a to b that leaves and enters vertically. */
export function verticalCurve(a: Point, b: Point): Point[] {
  const my = (a.y + b.y) / 2;
  return cubic(a, { x: a.x, y: my }, { x: b.x, y: my }, b);
}

/** skb blocks stacked as a queue, head (next to send) on top. */
export function placeStack<T>(box: Rect, items: readonly T[], max: number, footH: number): Placed<T>[] {
  const area = inner(box);
  const slotH = Math.min(52, (area.h - footH - 6 * (max - 1)) / max);
  return items.map((item, i) => ({
    item,
    r: { x: area.x, y: area.y + i * (slotH + 6), w: area.w, h: slotH },
  }));
}

/** Items in one row, each at most maxW wide, starting at the left of `area`. */
export function placeRow<T>(area: Rect, items: readonly T[], maxW: number, gap = 8): Placed<T>[] {
  if (items.length === 0) return [];
  const w = Math.min(maxW, (area.w - gap * (items.length - 1)) / items.length);
  return items.map((item, i) => ({ item, r: { x: area.x + i * (w + gap), y: area.y, w, h: area.h } }));
}

/** Narrowest RAM cell that still holds "F10 · 2 refs". */
const RAM_CELL_MIN = 118;

/**
 * The RAM strip: a title column, then one cell per frame group, as many as stay readable; `more` counts the
 * rest (with the projection's own overflow).
 */
export function placeRam(
  box: Rect,
  ram: RamView,
): { title: Rect; cells: Placed<RamView['cells'][number]>[]; more: number } {
  const titleW = 96;
  const area = { x: box.x + titleW, y: box.y + 4, w: box.w - titleW - 4, h: box.h - 8 };
  const fit = Math.max(1, Math.floor((area.w + 6) / (RAM_CELL_MIN + 6)));
  const total = ram.cells.length + ram.more;
  const shown = ram.cells.slice(0, total > fit ? fit - 1 : fit);
  const slots = shown.length + (total > shown.length ? 1 : 0);
  const w = Math.min(150, (area.w - 6 * (slots - 1)) / Math.max(1, slots));
  return {
    title: { x: box.x, y: box.y, w: titleW, h: box.h },
    cells: shown.map((c, i) => ({ item: c, r: { x: area.x + i * (w + 6), y: area.y, w, h: area.h } })),
    more: total - shown.length,
  };
}

/** The box a location is drawn in, for arrows between boxes. */
export function rectOf(l: MachineLayout, loc: Loc, pid: number): Rect | null {
  const lane = l.lanes.find((x) => x.pid === pid) ?? l.lanes[0];
  switch (loc) {
    case 'disk':
      return l.disk;
    case 'pagecache':
      return l.pagecache;
    case 'user':
    case 'mapping':
      return lane ? lane.box : null;
    case 'skb':
      return l.skb;
    case 'pipe':
      return l.pipe;
    case 'nic':
      return l.nic;
    case 'wire':
      return { x: l.nic.x + l.nic.w, y: l.nic.y + l.nic.h / 2 - 10, w: 8, h: 20 };
    case 'anon':
      return l.ram;
    case 'kstack':
      return l.kstack;
    case 'none':
      return null;
  }
}

/** Where an arrow between two boxes leaves the first and enters the second: facing edges. */
export function edgeLink(a: Rect, b: Rect): [Point, Point] {
  const ac = { x: a.x + a.w / 2, y: a.y + a.h / 2 };
  const bc = { x: b.x + b.w / 2, y: b.y + b.h / 2 };
  const overlapX = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  if (b.y >= a.y + a.h || b.y + b.h <= a.y) {
    const down = b.y >= a.y + a.h;
    const x = overlapX > 40 ? (Math.max(a.x, b.x) + Math.min(a.x + a.w, b.x + b.w)) / 2 : null;
    return [
      { x: x ?? ac.x, y: down ? a.y + a.h : a.y },
      { x: x ?? bc.x, y: down ? b.y : b.y + b.h },
    ];
  }
  const right = bc.x > ac.x;
  const y = (Math.max(a.y, b.y) + Math.min(a.y + a.h, b.y + b.h)) / 2;
  return [
    { x: right ? a.x + a.w : a.x, y },
    { x: right ? b.x : b.x + b.w, y },
  ];
}

/** A DMA transfer's route: up from the device to the memory bus, along it, then to the memory box. */
export function dmaRoute(l: MachineLayout, device: Rect, target: Rect): Point[] {
  const dx = device.x + device.w / 2;
  const tx = Math.min(Math.max(dx, target.x + 24), target.x + target.w - 24);
  const ty = target.y + target.h;
  if (ty <= l.busY) {
    return [
      { x: dx, y: device.y },
      { x: dx, y: l.busY },
      { x: tx, y: l.busY },
      { x: tx, y: ty },
    ];
  }
  return [
    { x: dx, y: device.y },
    { x: tx, y: target.y },
  ];
}

/** A route for sending: down from the memory box to the bus, along it, into the NIC. */
export function sendRoute(l: MachineLayout, source: Rect, nic: Rect): Point[] {
  return dmaRoute(l, nic, source).reverse();
}

export function polyline(points: readonly Point[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join('');
}
