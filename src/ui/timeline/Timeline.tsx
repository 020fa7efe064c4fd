import {
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type RefObject,
} from 'react';
import { scaleLinear } from 'd3-scale';
import { translate, type Locale } from '../../i18n/index';
import { getStep, type Trace } from '../../sim/index';
import { textWidth } from '../machine/textFit';
import { CPU_STATES, LANES, type LaneId } from './buildLanes';
import { nearestStep } from './nearestStep';
import { formatTime, unitFor } from './timeFormat';
import { toBars, type Bar } from './toBars';
import { useLanes } from './useLanes';
import './timeline.css';

export interface TimelineProps {
  readonly trace: Trace;
  readonly step: number;
  readonly locale: Locale;
  /** Called with the step nearest in time to where the user clicked. */
  readonly onSeek: (step: number) => void;
}

const LABEL_W = 64;
const RIGHT = 14;
const LEGEND_H = 28;
const AXIS_H = 26;
const GAP = 4;
const FALLBACK = { w: 960, h: 160 };

/** The element's size, following resizes; a fixed fallback where there is no layout (tests). */
function useSize(ref: RefObject<HTMLElement | null>): { w: number; h: number } {
  const [size, setSize] = useState(FALLBACK);
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

/**
 * The timeline (DESIGN §8): CPU (user / kernel / IRQ / idle), disk, DMA and NIC on one simulated-time axis,
 * the current step marked. Clicking seeks to the nearest step; the plot is one focusable slider whose arrow
 * keys the app shell handles. Lanes are computed once per trace and drawn with a bounded number of rects.
 */
export function Timeline({ trace, step, locale, onSeek }: TimelineProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  const { w, h } = useSize(rootRef);
  const tr = (key: string, params?: Record<string, string | number>) => translate(locale, key, params);
  const lanes = useLanes(trace);
  const end = Math.max(trace.endTimeNs, 1);
  const unit = unitFor(end);
  const x0 = LABEL_W;
  const x1 = Math.max(x0 + 40, w - RIGHT);
  const laneH = Math.max(8, (h - LEGEND_H - AXIS_H - GAP * (LANES.length - 1)) / LANES.length);
  const x = useMemo(() => scaleLinear().domain([0, end]).range([x0, x1]), [end, x0, x1]);

  const laneRects = useMemo(
    () =>
      LANES.map((lane, li) => {
        const y = LEGEND_H + li * (laneH + GAP);
        return (
          <g key={lane} className={`tl-lane tl-lane-${lane}`} data-lane={lane}>
            <rect className="tl-lane-bg" x={x0} y={y} width={x1 - x0} height={laneH} />
            {(lanes ? toBars(lanes, lane, x1 - x0) : []).map((b, k) => (
              <rect
                key={k}
                className={barClass(lane, b)}
                x={x(b.t0)}
                y={y + laneH * (1 - b.f1)}
                width={Math.max(0.75, x(b.t1) - x(b.t0))}
                height={laneH * (b.f1 - b.f0)}
              />
            ))}
          </g>
        );
      }),
    [lanes, laneH, x, x0, x1],
  );

  // The scale's own ticks, one per ~120 px, drawn by React (d3-axis would add weight for one axis).
  const ticks = x.ticks(Math.max(2, Math.floor((x1 - x0) / 120)));

  const cur = Math.min(Math.max(Math.trunc(step) || 0, 0), Math.max(0, trace.length - 1));
  const t = trace.length > 0 ? getStep(trace, cur).t : 0;
  const mx = x(t);
  const lanesBottom = LEGEND_H + LANES.length * (laneH + GAP) - GAP;
  const timeText = formatTime(t, unit);

  const seekAt = (clientX: number, target: Element) => {
    const box = target.getBoundingClientRect();
    const px = Math.min(Math.max(clientX - box.left, x0), x1);
    onSeek(nearestStep(trace, x.invert(px)));
  };

  const legend: [string, string][] = [
    ...CPU_STATES.map((s) => [`tl-s-${s}`, tr(`timeline.state.${s}`)] as [string, string]),
    ['tl-s-busy', tr('timeline.state.busy')],
  ];
  let lx = x0;

  return (
    <div
      ref={rootRef}
      className={lanes ? 'tl' : 'tl tl-pending'}
      aria-busy={lanes ? undefined : true}
      role="slider"
      tabIndex={0}
      aria-label={tr('timeline.label')}
      aria-valuemin={0}
      aria-valuemax={Math.max(0, trace.length - 1)}
      aria-valuenow={cur}
      aria-valuetext={tr('timeline.valueText', { step: cur + 1, total: trace.length, time: timeText })}
      data-testid="timeline-scrub"
      onClick={(e: MouseEvent<HTMLDivElement>) => seekAt(e.clientX, e.currentTarget)}
      onKeyDown={(e: KeyboardEvent<HTMLDivElement>) => {
        // Enter re-centres nothing; arrows, Home/End and PgUp/PgDn belong to the app shell.
        if (e.key === 'Enter') e.preventDefault();
      }}
    >
      <svg className="tl-svg" width={w} height={h} aria-hidden="true">
        <g className="tl-legend">
          {legend.map(([cls, text]) => {
            const x = lx;
            lx += 22 + textWidth(text, 14) + 16;
            return (
              <g key={cls} transform={`translate(${x},4)`}>
                <rect className={`tl-swatch ${cls}`} width={16} height={14} y={1} rx={2} />
                <text x={22} y={13}>
                  {text}
                </text>
              </g>
            );
          })}
          <text className="tl-now" x={x1} y={17} textAnchor="end">
            {`t = ${timeText}`}
          </text>
        </g>
        {LANES.map((lane, li) => (
          <text
            key={lane}
            className="tl-label"
            x={LABEL_W - 8}
            y={LEGEND_H + li * (laneH + GAP) + laneH / 2 + 5}
            textAnchor="end"
          >
            {tr(`timeline.lane.${lane}`)}
          </text>
        ))}
        {laneRects}
        <g className="tl-axis" transform={`translate(0,${lanesBottom + 2})`}>
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
        <g className="tl-marker" data-t={t}>
          <line x1={mx} x2={mx} y1={LEGEND_H - 6} y2={lanesBottom + 2} />
          <path d={`M${mx - 7},${LEGEND_H - 7}L${mx + 7},${LEGEND_H - 7}L${mx},${LEGEND_H + 1}z`} />
        </g>
      </svg>
    </div>
  );
}
