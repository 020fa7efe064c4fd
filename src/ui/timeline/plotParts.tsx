import { useEffect, useState, type RefObject } from 'react';
import type { ScaleLinear } from 'd3-scale';
import { CPU_STATES, type LaneId, type Lanes } from './buildLanes';
import { formatTime, unitFor } from './timeFormat';
import { toBars, type Bar } from './toBars';

/** The element's size, following resizes; `fallback` where there is no layout (tests). */
export function useElementSize(
  ref: RefObject<HTMLElement | null>,
  fallback: { readonly w: number; readonly h: number },
): { w: number; h: number } {
  const [size, setSize] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const read = () => {
      const w = el.clientWidth;
      const h = el.clientHeight;
      if (w > 0 && h > 0) setSize((s) => (s.w === w && s.h === h ? s : { w, h }));
    };
    read();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(read);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return size;
}

function barClass(lane: LaneId, b: Bar): string {
  return lane === 'cpu' ? `tl-bar tl-s-${CPU_STATES[b.s]}` : `tl-bar tl-s-busy tl-s-${lane}`;
}

interface LaneRowProps {
  readonly lanes: Lanes | null;
  readonly lane: LaneId;
  /** Top of the row, its height, and the x range of the plot. */
  readonly y: number;
  readonly h: number;
  readonly x: ScaleLinear<number, number>;
  /** The pixels the lane's bars are bucketed over (a run's share of a shared axis). */
  readonly px: number;
}

/** One lane: its background and its bars (a bounded number of rects, toBars), stacked by state share. */
export function LaneRow({ lanes, lane, y, h, x, px }: LaneRowProps) {
  const [x0, x1] = x.range() as [number, number];
  return (
    <g className={`tl-lane tl-lane-${lane}`} data-lane={lane}>
      <rect className="tl-lane-bg" x={x0} y={y} width={x1 - x0} height={h} />
      {(lanes ? toBars(lanes, lane, px) : []).map((b, k) => (
        <rect
          key={k}
          className={barClass(lane, b)}
          x={x(b.t0)}
          y={y + h * (1 - b.f1)}
          width={Math.max(0.75, x(b.t1) - x(b.t0))}
          height={h * (b.f1 - b.f0)}
        />
      ))}
    </g>
  );
}

/**
 * The time axis at `y`: the scale's own ticks, one per ~120 px, drawn by React (d3-axis would add weight for
 * one axis), in the unit that suits the scale's end.
 */
export function TimeAxis({ x, y }: { readonly x: ScaleLinear<number, number>; readonly y: number }) {
  const [x0, x1] = x.range() as [number, number];
  const unit = unitFor(x.domain()[1]!);
  const ticks = x.ticks(Math.max(2, Math.floor((x1 - x0) / 120)));
  return (
    <g className="tl-axis" transform={`translate(0,${y})`}>
      <path className="domain" d={`M${x0},0H${x1}`} />
      {ticks.map((v) => (
        <g key={v} className="tick" transform={`translate(${x(v)},0)`}>
          <line y2={6} />
          <text y={9} dy="0.71em" textAnchor="middle">
            {formatTime(v, unit)}
          </text>
        </g>
      ))}
    </g>
  );
}
