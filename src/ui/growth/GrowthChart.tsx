import { memo, useState, type KeyboardEvent, type Ref } from 'react';
import type { Locale } from '../../i18n/index';
import type { ScenarioId } from '../../sim/index';
import type { GrowthCounter } from '../../url/growthLink';
import { CHART, xScale, xTicks, yScale, yTicks } from './chartScales';
import { formatGrowthValue, formatGrowthX } from './growthFormat';

export interface ChartPoint {
  /** The point's index in the plan (what a click opens). */
  readonly index: number;
  readonly x: number;
  readonly value: number;
}
export interface ChartSeries {
  readonly scenario: ScenarioId;
  readonly label: string;
  /** The model's curve, or the measured one (dashed, square markers). */
  readonly measured: boolean;
  readonly points: readonly ChartPoint[];
}

interface Props {
  readonly series: readonly ChartSeries[];
  readonly scenarios: readonly ScenarioId[];
  readonly counter: GrowthCounter;
  readonly from: number;
  readonly to: number;
  readonly title: string;
  readonly locale: Locale;
  readonly hoverText: (series: ChartSeries, point: ChartPoint) => string;
  readonly onOpen: (index: number) => void;
  readonly svgRef: Ref<SVGSVGElement>;
}

/** The series' colour: its scenario's place in the chart (a measured curve shares its model's colour). */
const colour = (scenarios: readonly ScenarioId[], s: ScenarioId) =>
  `var(--page-${Math.max(0, scenarios.indexOf(s)) % 8})`;

/**
 * The growth chart (d3 scales, drawn as SVG by React): one curve per scenario on log axes, measured curves
 * dashed beside them. Every point is a focusable button: hover or focus shows its value, click or Enter opens
 * that run.
 */
export const GrowthChart = memo(function GrowthChart(props: Props) {
  const { series, scenarios, counter, from, to, locale, title, hoverText, onOpen, svgRef } = props;
  const [hover, setHover] = useState<{ s: ChartSeries; p: ChartPoint } | null>(null);
  const x = xScale(from, to);
  const values = series.flatMap((s) => s.points.map((p) => p.value));
  const y = yScale(values.length > 0 ? values : [1]);
  const [y0, y1] = y.scale.domain() as [number, number];
  const plotBottom = CHART.height - CHART.bottom;
  const plotRight = CHART.width - CHART.right;
  const path = (pts: readonly ChartPoint[]) =>
    pts.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.x).toFixed(1)},${y.scale(p.value).toFixed(1)}`).join('');
  const tipX = hover ? x(hover.p.x) : 0;
  const tipY = hover ? y.scale(hover.p.value) : 0;
  return (
    <div className="growth-chart">
      <svg
        ref={svgRef}
        viewBox={`0 0 ${CHART.width} ${CHART.height}`}
        role="group"
        aria-label={title}
        data-testid="growth-chart"
      >
        <title>{title}</title>
        <rect className="growth-bg" x="0" y="0" width={CHART.width} height={CHART.height} />
        <g className="growth-axis" aria-hidden="true">
          {xTicks(from, to).map((v) => (
            <g key={`x${v}`} transform={`translate(${x(v).toFixed(1)},0)`}>
              <line className="growth-grid" y1={CHART.top} y2={plotBottom} />
              <text y={plotBottom + 22} textAnchor="middle">
                {formatGrowthX(locale, v)}
              </text>
            </g>
          ))}
          {yTicks(y0, y1).map((v) => (
            <g key={`y${v}`} transform={`translate(0,${y.scale(v).toFixed(1)})`}>
              <line className="growth-grid" x1={CHART.left} x2={plotRight} />
              <text x={CHART.left - 8} dy="0.32em" textAnchor="end">
                {formatGrowthValue(locale, counter, v)}
              </text>
            </g>
          ))}
          <line className="growth-frame" x1={CHART.left} x2={plotRight} y1={plotBottom} y2={plotBottom} />
          <line className="growth-frame" x1={CHART.left} x2={CHART.left} y1={CHART.top} y2={plotBottom} />
        </g>
        {series.map((s) => (
          <g
            key={`${s.scenario}-${s.measured}`}
            className={s.measured ? 'growth-series measured' : 'growth-series'}
            style={{ color: colour(scenarios, s.scenario) }}
            data-scenario={s.scenario}
            data-measured={s.measured ? '1' : undefined}
          >
            <path d={path(s.points)} className="growth-line" />
            {s.points.map((p) => {
              const label = hoverText(s, p);
              const common = {
                className: 'growth-point',
                'data-x': p.x,
                'data-value': p.value,
                tabIndex: s.measured ? undefined : 0,
                role: s.measured ? undefined : 'button',
                'aria-label': label,
                onMouseEnter: () => setHover({ s, p }),
                onMouseLeave: () => setHover(null),
                onFocus: () => setHover({ s, p }),
                onBlur: () => setHover(null),
                onClick: s.measured ? undefined : () => onOpen(p.index),
                onKeyDown: s.measured
                  ? undefined
                  : (e: KeyboardEvent) => {
                      if (e.key === 'Enter' || e.key === ' ') {
                        e.preventDefault();
                        onOpen(p.index);
                      }
                    },
              };
              const cx = x(p.x);
              const cy = y.scale(p.value);
              return s.measured ? (
                <rect key={p.x} {...common} x={cx - 5} y={cy - 5} width="10" height="10" />
              ) : (
                <circle key={p.x} {...common} cx={cx} cy={cy} r="6" />
              );
            })}
          </g>
        ))}
        <g className="growth-legend" transform={`translate(${plotRight + 24},${CHART.top + 8})`}>
          {series.map((s, i) => (
            <g
              key={`${s.scenario}-${s.measured}`}
              transform={`translate(0,${i * 26})`}
              style={{ color: colour(scenarios, s.scenario) }}
              className={s.measured ? 'measured' : undefined}
            >
              <line className="growth-line" x1="0" x2="28" y1="0" y2="0" />
              <text x="36" dy="0.32em">
                {s.label}
              </text>
            </g>
          ))}
        </g>
      </svg>
      {hover && (
        <p
          className="growth-tip"
          role="status"
          data-testid="growth-tip"
          data-scenario={hover.s.scenario}
          data-x={hover.p.x}
          data-value={hover.p.value}
          style={{
            left: `${(tipX / CHART.width) * 100}%`,
            top: `${(tipY / CHART.height) * 100}%`,
          }}
        >
          {hoverText(hover.s, hover.p)}
        </p>
      )}
    </div>
  );
});
