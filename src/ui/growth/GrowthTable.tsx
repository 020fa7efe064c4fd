import { memo } from 'react';
import type { ChartSeries } from './GrowthChart';

type Translate = (key: string, params?: Readonly<Record<string, string | number>>) => string;

/** The chart's values as a table (for screen readers, and anyone who wants the numbers). */
export const GrowthTable = memo(function GrowthTable({
  series,
  t,
  formatX,
  formatValue,
}: {
  series: readonly ChartSeries[];
  t: Translate;
  formatX(x: number): string;
  formatValue(v: number): string;
}) {
  const xs = [...new Set(series.flatMap((s) => s.points.map((p) => p.x)))].sort((a, b) => a - b);
  return (
    <details className="growth-table">
      <summary>{t('growth.table')}</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('growth.table.x')}</th>
            {series.map((s) => (
              <th scope="col" key={`${s.scenario}-${s.measured}`}>
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {xs.map((x) => (
            <tr key={x}>
              <th scope="row">{formatX(x)}</th>
              {series.map((s) => {
                const p = s.points.find((q) => q.x === x);
                return <td key={`${s.scenario}-${s.measured}`}>{p ? formatValue(p.value) : '–'}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
});
