import type { Features } from './features';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}
export interface Point {
  readonly x: number;
  readonly y: number;
}

/**
 * Geometry of the machine view in viewBox units. 960 × 540 (16:9) with text ≥ 22 units: the centre pane of
 * the app is ≈ 660 × 360 px at 1280 × 800, so the smallest label still renders at ≈ 14.7 px.
 */
export const VIEW_W = 960;
export const VIEW_H = 540;
export const FONT = 22;
export const FONT_BIG = 26;
export const LINE = 25;
export const PAD = 8;
/** Height of a box's title row. */
export const TITLE_H = 28;

/** Left of the boxes; the band labels are drawn rotated in the column before it. */
export const X0 = 60;
const X1 = 952;
const GAP = 8;

export interface LaneLayout {
  readonly pid: number;
  readonly lane: Rect;
  readonly tile: Rect;
  readonly box: Rect;
}

export interface MachineLayout {
  readonly bands: { readonly user: Rect; readonly kernel: Rect; readonly hw: Rect };
  readonly lanes: LaneLayout[];
  readonly pagecache: Rect | null;
  readonly skb: Rect | null;
  readonly pipe: Rect | null;
  readonly path: Rect | null;
  readonly kstack: Rect;
  readonly disk: Rect;
  readonly dma: Rect;
  readonly cpu: Rect;
  readonly mmu: Rect;
  readonly nic: Rect;
  readonly ram: Rect;
  /** Where the DMA path from a device turns towards memory: the memory bus above the device row. */
  readonly busY: number;
}

type Col = [number, number];
type Cols2 = [Col, Col];
type Cols3 = [Col, Col, Col];

function rect(x: number, y: number, w: number, h: number): Rect {
  return { x, y, w, h };
}

/** Splits [x0, x1] into boxes of the given relative widths with GAP between them. */
function row(x0: number, x1: number, weights: readonly number[]): [number, number][] {
  const free = x1 - x0 - GAP * (weights.length - 1);
  const sum = weights.reduce((a, b) => a + b, 0);
  const out: [number, number][] = [];
  let x = x0;
  for (const wgt of weights) {
    const w = (free * wgt) / sum;
    out.push([x, w]);
    x += w + GAP;
  }
  return out;
}

/** Pure: box geometry for a scenario's features and its processes. */
export function layoutMachine(f: Features, pids: readonly number[]): MachineLayout {
  // Two processes need two readable lanes (title + two lines of state each): the kernel band gives way.
  const userH = pids.length > 1 ? 208 : 158;
  const user = rect(0, 0, VIEW_W, userH);
  const kernel = rect(0, userH + 4, VIEW_W, 356 - userH - 4);
  const hw = rect(0, 360, VIEW_W, 180);

  const n = Math.max(1, pids.length);
  const laneTop = user.y + 6;
  const laneH = (user.h - 10 - GAP * (n - 1)) / n;
  const tileW = f.cow ? 300 : 260;
  const lanes = pids.map((pid, i) => {
    const y = laneTop + i * (laneH + GAP);
    return {
      pid,
      lane: rect(X0, y, X1 - X0, laneH),
      tile: rect(X0, y, tileW, laneH),
      box: rect(X0 + tileW + GAP, y, X1 - X0 - tileW - GAP, laneH),
    };
  });

  const ky = kernel.y + 4;
  const kh = kernel.h - 8;
  let pagecache: Rect | null = null;
  let skb: Rect | null = null;
  let pipe: Rect | null = null;
  let path: Rect | null = null;
  let kstack: Rect;
  if (f.dataPath) {
    const [[pcx, pcw], [sx, sw], [kx, kw]] = row(X0, X1, [385, 220, 265]) as Cols3;
    // Without a socket (file-copy) the page cache takes the socket buffer's column too.
    const pcWide = f.socket ? pcw : pcw + GAP + sw;
    const top = 96;
    const both = pcw + GAP + sw;
    if (f.pipe && !f.pageCache && f.socket) {
      // A run that never uses the page cache (msg-zerocopy, vmsplice) leaves its box out: the socket buffer
      // takes the top row, and the pipe (or the error queue) keeps the full width below it.
      skb = rect(pcx, ky, both, top);
      pipe = rect(pcx, ky + top + GAP, both, kh - top - GAP);
    } else {
      if (f.pipe) pipe = rect(pcx, ky + top + GAP, both, kh - top - GAP);
      if (f.pageCache) pagecache = rect(pcx, ky, pcWide, f.pipe ? top : kh);
      skb = f.socket ? rect(sx, ky, sw, f.pipe ? top : kh) : null;
    }
    kstack = rect(kx, ky, kw, kh);
  } else {
    const [[px, pw], [kx, kw]] = row(X0, X1, [600, 260]) as Cols2;
    path = rect(px, ky, pw, kh);
    kstack = rect(kx, ky, kw, kh);
  }

  const devY = hw.y + 24;
  const devH = 88;
  const [disk, dma, cpu, mmu, nic] = row(X0, X1, [116, 120, 254, 200, 170]).map(([x, w]) =>
    rect(x, devY, w, devH),
  ) as [Rect, Rect, Rect, Rect, Rect];
  const ramY = devY + devH + GAP;
  return {
    bands: { user, kernel, hw },
    lanes,
    pagecache,
    skb,
    pipe,
    path,
    kstack,
    disk,
    dma,
    cpu,
    mmu,
    nic,
    ram: rect(X0, ramY, X1 - X0, hw.y + hw.h - 4 - ramY),
    busY: hw.y + 12,
  };
}
