import './counters.css';
import { useEffect, useMemo, useState } from 'react';
import { CATALOGS, loadViewMessages } from '../../i18n/index';
import { getCountersAt, type CounterKey } from '../../sim/index';
import { Panel } from '../Panel';
import { useApp, useTrace } from '../StoreContext';
import { useT } from '../useT';
import { CounterTableHead } from './CounterTableHead';
import { COUNTER_ROWS, counterValue, formatCounter, isTimeRow } from './counterRows';
import { formatCount } from '../format';
import { RaisingSteps } from './RaisingSteps';
import { TermTip } from './TermTip';
import { differsFromTextbook, getTextbookFigures, textbookFigure, textbookKeyOf } from './textbook';

/** Whether the counters' definitions and the glossary are here (English loads them just after the first paint). */
function useTermsReady(): boolean {
  const [ready, setReady] = useState(() => 'counterDef.syscalls' in CATALOGS.en);
  useEffect(() => {
    let live = true;
    if (!ready) void loadViewMessages().then(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, [ready]);
  return ready;
}

/**
 * The counters after the current step, with the textbook's figure beside ours where one exists and the
 * reason when the whole run counts differently. Clicking a counter lists the steps that raised it.
 */
export function CountersPanel() {
  const trace = useTrace();
  const step = useApp((s) => s.step);
  const locale = useApp((s) => s.locale);
  const t = useT();
  const [open, setOpen] = useState<CounterKey | null>(null);
  const termsReady = useTermsReady();
  const totals = useMemo(() => getCountersAt(trace, step), [trace, step]);
  // The textbook's figures are the canonical program's: a program of the user's own is compared with nothing.
  const custom = useApp((s) => s.program !== null);
  const figures = custom ? undefined : getTextbookFigures(trace.scenario, trace.params);
  // Interrupts taken while user code runs add mode switches the textbook's count of system calls leaves out.
  const irqSwitches = trace.totals.modeSwitchesBy.interrupt;
  // Where the textbook quotes figures, explain only when the run counts differently; where it only
  // describes the mechanism (O_DIRECT, CoW), always say what it leaves out.
  const reasonKey = textbookKeyOf(trace.scenario, trace.params);
  const showReason = figures
    ? differsFromTextbook(figures, trace.totals)
    : !custom && reasonKey in CATALOGS.en;
  return (
    <Panel title={t('ui.counters.title')} className="counters">
      <table className="counter-table">
        <CounterTableHead textbook={!!figures} />
        <tbody>
          {COUNTER_ROWS.map(({ key, sub }) => {
            const value = counterValue(totals, key);
            const book = textbookFigure(figures, key);
            const clickable = !isTimeRow(key);
            return (
              <tr key={key} className={`${sub ? 'sub' : ''} ${open === key ? 'open' : ''}`}>
                <th scope="row">
                  {clickable ? (
                    <TermTip
                      className="counter-name"
                      definition={termsReady ? t(`counterDef.${key}`) : undefined}
                      expanded={open === key}
                      onClick={() => setOpen(open === key ? null : key)}
                    >
                      {t(`ui.counter.${key}`)}
                    </TermTip>
                  ) : (
                    <span className="counter-name">{t(`ui.counter.${key}`)}</span>
                  )}
                </th>
                <td className="counter-value" data-counter={key} data-value={String(value)}>
                  {formatCounter(locale, key, value)}
                </td>
                {figures && <td className="counter-book">{book === undefined ? '' : String(book)}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
      {totals.simTimeNs > 0 && (
        <p className="muted counters-cpu-share" data-testid="cpu-share">
          {t('ui.counters.cpuShare', {
            percent: `${formatCount(locale, Math.round((100 * totals.cpuBusyNs) / totals.simTimeNs))} %`,
          })}
        </p>
      )}
      {open && <RaisingSteps counter={open} onClose={() => setOpen(null)} />}
      {showReason && <p className="textbook-reason">{t(reasonKey)}</p>}
      {figures?.modeSwitches !== undefined && irqSwitches > 0 && (
        <p className="textbook-reason counters-irq-note" data-testid="irq-mode-switches">
          {t('ui.counters.irqModeSwitches', { n: irqSwitches })}
        </p>
      )}
      {/* The glossary's words load with the definitions, just after the first paint. */}
      {termsReady && (
        <details className="counters-note">
          <summary>{t('ui.counters.modeVsContext')}</summary>
          <p>{t('glossary.mode-switch.body')}</p>
          <p>{t('glossary.context-switch.body')}</p>
        </details>
      )}
    </Panel>
  );
}
