import { useId, useMemo } from 'react';
import { getCountersAt, type Trace } from '../../sim/index';
import type { CompareRun } from '../../url/compareLink';
import { sideStep } from '../../state/compareStore';
import { formatCounter } from '../counters/counterRows';
import { useApp } from '../StoreContext';
import { useT } from '../useT';
import { useCompare } from './CompareContext';
import { biggestDifference, differenceRows } from './differences';
import { runName, runSends } from './runName';

/**
 * Every counter of both runs at the position on screen (at the end: the runs' totals), what B does compared
 * with A in words and numbers, and the one sentence that explains the whole runs' biggest difference. Each
 * run's values sit in cells marked `data-run`, with the counters panel's `data-counter` / `data-value`.
 */
export function DifferenceTable() {
  const t = useT();
  const headingId = useId();
  const locale = useApp((s) => s.locale);
  const runA = useCompare((s) => s.a.run);
  const runB = useCompare((s) => s.b.run);
  const ta = useCompare((s) => s.a.trace);
  const tb = useCompare((s) => s.b.trace);
  const stepA = useCompare((s) => sideStep(s, 'a'));
  const stepB = useCompare((s) => sideStep(s, 'b'));
  const rows = useMemo(
    () => (ta && tb ? differenceRows(locale, getCountersAt(ta, stepA), getCountersAt(tb, stepB)) : []),
    [locale, ta, tb, stepA, stepB],
  );
  const sentence = useMemo(() => {
    if (!ta || !tb) return '';
    const preset =
      ta.params.preset === tb.params.preset ? ta.params.preset : `${ta.params.preset} / ${tb.params.preset}`;
    const summary = (run: CompareRun, trace: Trace) => ({
      name: runName(locale, run),
      totals: trace.totals,
      params: trace.params,
      cost: trace.cost,
      sends: runSends(run, trace),
    });
    return biggestDifference(locale, summary(runA, ta), summary(runB, tb), preset);
  }, [locale, runA, runB, ta, tb]);
  if (!ta || !tb) return null;
  return (
    // The table scrolls on small screens: focusable, so keyboard users can scroll it too.
    <section className="panel compare-diff" tabIndex={0} aria-labelledby={headingId}>
      <header className="panel-head">
        <h2 id={headingId}>{t('compare.diff.title')}</h2>
      </header>
      <div className="panel-body">
        <p className="compare-why" data-testid="compare-why">
          <strong>{t('compare.why.title')}: </strong>
          {sentence}
        </p>
        <table className="counter-table compare-table">
          <thead>
            <tr>
              <th scope="col">{t('compare.diff.counter')}</th>
              <th scope="col">A</th>
              <th scope="col">B</th>
              <th scope="col">{t('compare.diff.inWords')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} className={row.sub ? 'sub' : ''} data-delta={row.delta}>
                <th scope="row">{t(`ui.counter.${row.key}`)}</th>
                <td data-run="a" className="counter-value">
                  <span data-counter={row.key} data-value={String(row.a)}>
                    {formatCounter(locale, row.key, row.a)}
                  </span>
                </td>
                <td data-run="b" className="counter-value">
                  <span data-counter={row.key} data-value={String(row.b)}>
                    {formatCounter(locale, row.key, row.b)}
                  </span>
                </td>
                <td className={row.delta < 0 ? 'compare-less' : row.delta > 0 ? 'compare-more' : 'muted'}>
                  {row.words}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
