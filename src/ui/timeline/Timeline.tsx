import { useMemo, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { scaleLinear } from 'd3-scale';
import { translate, type Locale } from '../../i18n/index';
import { getStep, type Trace } from '../../sim/index';
import { textWidth } from '../machine/textFit';
import { CPU_STATES, LANES } from './buildLanes';
import { nearestStep } from './nearestStep';
import { LaneRow, TimeAxis, useElementSize } from './plotParts';
import { formatTime, unitFor } from './timeFormat';
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

/**
 * The timeline (DESIGN §8): CPU (user / kernel / IRQ / idle), disk, DMA and NIC on one simulated-time axis,
 * the current step marked. Clicking seeks to the nearest step; the plot is one focusable slider whose arrow
 * keys the app shell handles. Lanes are computed once per trace and drawn with a bounded number of rects.
 */
export function Timeline({ trace, step, locale, onSeek }: TimelineProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  const { w, h } = useElementSize(rootRef, FALLBACK);
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
      LANES.map((lane, li) => (
        <LaneRow
          key={lane}
          lanes={lanes}
          lane={lane}
          y={LEGEND_H + li * (laneH + GAP)}
          h={laneH}
          x={x}
          px={x1 - x0}
        />
      )),
    [lanes, laneH, x, x0, x1],
  );

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
        <TimeAxis x={x} y={lanesBottom + 2} />
        <g className="tl-marker" data-t={t}>
          <line x1={mx} x2={mx} y1={LEGEND_H - 6} y2={lanesBottom + 2} />
          <path d={`M${mx - 7},${LEGEND_H - 7}L${mx + 7},${LEGEND_H - 7}L${mx},${LEGEND_H + 1}z`} />
        </g>
      </svg>
    </div>
  );
}
