import { useMemo, useRef, type MouseEvent } from 'react';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { getStep, type Trace } from '../../sim/index';
import { sideStep } from '../../state/compareStore';
import { positionOfStep } from '../../state/compareSync';
import { SIDES, type Side } from '../../url/compareLink';
import { CPU_STATES, LANES } from '../timeline/buildLanes';
import { nearestStep } from '../timeline/nearestStep';
import { LaneRow, TimeAxis, useElementSize } from '../timeline/plotParts';
import { useLanes } from '../timeline/useLanes';
import { useT } from '../useT';
import { useCompare, useCompareStore } from './CompareContext';
import '../timeline/timeline.css';

const LABEL_W = 84;
const RIGHT = 14;
const AXIS_H = 26;
const GAP = 3;
const RUN_GAP = 10;
const FALLBACK = { w: 960, h: 220 };

/** One run's four lanes (the single-run timeline's lanes, from the same scan), on the shared time scale. */
function RunLanes(props: {
  readonly trace: Trace;
  readonly side: Side;
  readonly top: number;
  readonly laneH: number;
  readonly x: ScaleLinear<number, number>;
  readonly width: number;
  readonly end: number;
}) {
  const { trace, side, top, laneH, x, width, end } = props;
  const t = useT();
  const lanes = useLanes(trace);
  // Each run's bars are bucketed over its own length of the shared axis.
  const px = Math.max(1, (width * trace.endTimeNs) / Math.max(end, 1));
  return (
    <g className={`compare-tl-run compare-tl-${side}`} data-run-lanes={side}>
      {LANES.map((lane, li) => {
        const y = top + li * (laneH + GAP);
        return (
          <g key={lane}>
            <text className="tl-label" x={LABEL_W - 8} y={y + laneH / 2 + 5} textAnchor="end">
              {`${side.toUpperCase()} ${t(`timeline.lane.${lane}`)}`}
            </text>
            <LaneRow lanes={lanes} lane={lane} y={y} h={laneH} x={x} px={px} />
          </g>
        );
      })}
    </g>
  );
}

/**
 * Both runs' lanes (CPU user/kernel/IRQ/idle, disk, DMA, NIC) on one simulated-time axis, each run's
 * current step marked; a click on a run's lanes moves both runs to that run's step nearest in time.
 */
export function CompareTimeline() {
  // The plot measures its box once it is mounted: it mounts with both traces.
  const ready = useCompare((s) => s.a.trace !== null && s.b.trace !== null);
  return ready ? <TimelinePlot /> : null;
}

/** The states' colours, as the single-run timeline's legend names them. */
function Legend() {
  const t = useT();
  const items = [
    ...CPU_STATES.map((s) => [`tl-s-${s}`, t(`timeline.state.${s}`)]),
    ['tl-s-busy', t('timeline.state.busy')],
  ];
  return (
    <ul className="compare-tl-legend" aria-hidden="true">
      {items.map(([cls, text]) => (
        <li key={cls}>
          <svg width="14" height="12">
            <rect className={`tl-swatch ${cls}`} width="14" height="12" rx="2" />
          </svg>
          {text}
        </li>
      ))}
    </ul>
  );
}

function TimelinePlot() {
  const t = useT();
  const store = useCompareStore();
  const ref = useRef<HTMLDivElement>(null);
  const { w, h } = useElementSize(ref, FALLBACK);
  const ta = useCompare((s) => s.a.trace);
  const tb = useCompare((s) => s.b.trace);
  const stepA = useCompare((s) => sideStep(s, 'a'));
  const stepB = useCompare((s) => sideStep(s, 'b'));
  const end = Math.max(ta?.endTimeNs ?? 0, tb?.endTimeNs ?? 0, 1);
  const x0 = LABEL_W;
  const x1 = Math.max(x0 + 40, w - RIGHT);
  const x = useMemo(() => scaleLinear().domain([0, end]).range([x0, x1]), [end, x0, x1]);
  const laneH = Math.max(8, (h - AXIS_H - RUN_GAP - GAP * 2 * (LANES.length - 1)) / (2 * LANES.length));
  const runH = LANES.length * (laneH + GAP) - GAP;
  const tops: Record<Side, number> = { a: 2, b: 2 + runH + RUN_GAP };
  const axisY = tops.b + runH + 2;
  if (!ta || !tb) return null;
  const traces: Record<Side, Trace> = { a: ta, b: tb };
  const steps: Record<Side, number> = { a: stepA, b: stepB };
  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const px = Math.min(Math.max(e.clientX - box.left, x0), x1);
    const side: Side = e.clientY - box.top < tops.b - RUN_GAP / 2 ? 'a' : 'b';
    const s = store.getState();
    const ns = x.invert(px);
    const trace = traces[side];
    s.pause();
    s.seek(s.by === 'time' ? Math.round(ns) : positionOfStep(trace, s.by, nearestStep(trace, ns)));
  };
  return (
    <section
      className="timeline-pane compare-timeline"
      aria-label={t('compare.timeline')}
      data-testid="compare-timeline"
    >
      <Legend />
      <div ref={ref} className="tl" onClick={onClick} role="presentation">
        <svg className="tl-svg" width={w} height={h} aria-hidden="true">
          {SIDES.map((side) => (
            <RunLanes
              key={side}
              trace={traces[side]}
              side={side}
              top={tops[side]}
              laneH={laneH}
              x={x}
              width={x1 - x0}
              end={end}
            />
          ))}
          <TimeAxis x={x} y={axisY} />
          {SIDES.map((side) => {
            const trace = traces[side];
            const at = trace.length > 0 ? getStep(trace, steps[side]).t : 0;
            const mx = x(at);
            return (
              <g key={side} className="tl-marker" data-marker={side} data-t={at}>
                <line x1={mx} x2={mx} y1={tops[side]} y2={tops[side] + runH} />
              </g>
            );
          })}
        </svg>
      </div>
    </section>
  );
}
