import './handout.css';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import type { Params, ProgramTrace, Trace } from '../../../sim/index';
import { useApp, useTrace } from '../../StoreContext';
import { useT } from '../../useT';
import { CounterTableHead } from '../../counters/CounterTableHead';
import type { ExportKit } from '../exportKit';
import { syscallBoundaries } from './syscallBoundaries';

/** A handout stays a few pages: a million-step run lists its first calls and says how many more there are. */
const MAX_LOG_CALLS = 300;
const MAX_CALLS = 150;

/**
 * The strace lines of the first `calls` system calls (and the signals among them): the log is read only that
 * far, so a long run's handout does not format every line it leaves out.
 */
function firstLogLines(kit: ExportKit, trace: ProgramTrace, calls: number): string[] {
  const starts = trace.groups.syscallStart;
  const upTo = starts.length > calls ? starts[calls]! - 1 : trace.length - 1;
  return kit.getLogHead(trace as Trace, upTo);
}

/** The parameters that differ from the scenario's defaults, as `name=value`. */
function changedParams(kit: ExportKit, scenario: string, params: Params): string[] {
  const defaults = kit.sim.parseParams(scenario, {});
  if (!defaults.ok) return [];
  return Object.entries(params)
    .filter(([k, v]) => defaults.params[k as keyof Params] !== v)
    .map(([k, v]) => `${k}=${String(v)}`);
}

/**
 * The run as a printed handout (issue 19): title and link, the machine at the current step, the program, the
 * counters beside the textbook's, the strace log and the narration of every system call's entry and exit.
 * Hidden on screen; in print it replaces the app (handout.css). Prints once mounted, closes after printing.
 */
export function PrintHandout({ kit, onClose }: { kit: ExportKit; onClose(): void }) {
  const { MachineView, createPortal } = kit;
  const { getTextbookFigures, textbookFigure } = kit.textbook;
  const { COUNTER_ROWS, counterValue, formatCounter } = kit.counterRows;
  const trace = useTrace();
  const step = useApp((s) => s.step);
  const locale = useApp((s) => s.locale);
  const custom = useApp((s) => s.program !== null);
  const links = kit.useLinkSource();
  const t = useT();
  const link = useMemo(() => links.currentLink(), [links]);
  const log = useMemo(() => firstLogLines(kit, trace, MAX_LOG_CALLS), [kit, trace]);
  const calls = useMemo(() => syscallBoundaries(trace, locale, MAX_CALLS, kit), [kit, trace, locale]);
  const figures = custom ? undefined : getTextbookFigures(trace.scenario, trace.params);
  const changed = custom ? [] : changedParams(kit, trace.scenario, trace.params);
  const title = custom ? t('ui.program.custom') : t(`scenario.${trace.scenario}.title`);

  const close = useRef(onClose);
  useLayoutEffect(() => {
    close.current = onClose;
  }, [onClose]);
  useEffect(() => {
    const done = () => close.current();
    window.addEventListener('afterprint', done);
    // After the commit: the handout is in the document when the print dialog lays the page out.
    window.print();
    return () => window.removeEventListener('afterprint', done);
  }, []);

  return createPortal(
    <article className="print-handout" lang={locale} data-testid="print-handout">
      <header>
        <h1>{t('handout.title', { scenario: title })}</h1>
        {!custom && <p className="handout-question">{t(`scenario.${trace.scenario}.question`)}</p>}
        {!custom && (
          <p>
            {t('handout.params', { params: changed.length ? changed.join(', ') : t('handout.defaults') })}
          </p>
        )}
        <p className="handout-link">{t('handout.link', { link })}</p>
      </header>
      <section className="handout-machine">
        <h2>{t('handout.machine', { n: step + 1, total: trace.length })}</h2>
        <div className="handout-figure">
          <MachineView trace={trace} step={step} locale={locale} reducedMotion />
        </div>
      </section>
      <section className="handout-program">
        <h2>{t('handout.program')}</h2>
        <ol>
          {trace.program.map((line, i) => (
            <li key={i}>
              <code>{line || ' '}</code>
            </li>
          ))}
        </ol>
      </section>
      <section className="handout-counters">
        <h2>{t('handout.counters')}</h2>
        <table>
          <CounterTableHead textbook={!!figures} />
          <tbody>
            {COUNTER_ROWS.map(({ key, sub }) => {
              const book = textbookFigure(figures, key);
              return (
                <tr key={key} className={sub ? 'sub' : undefined}>
                  <th scope="row">{t(`ui.counter.${key}`)}</th>
                  <td data-handout-counter={key}>
                    {formatCounter(locale, key, counterValue(trace.totals, key))}
                  </td>
                  {figures && <td>{book === undefined ? '' : String(book)}</td>}
                </tr>
              );
            })}
          </tbody>
        </table>
        {!custom && kit.textbook.textbookKeyOf(trace.scenario, trace.params) in kit.catalogs.en && (
          <p className="handout-note">{t(kit.textbook.textbookKeyOf(trace.scenario, trace.params))}</p>
        )}
      </section>
      <section className="handout-strace">
        <h2>{t('handout.strace')}</h2>
        <ol>
          {log.map((line, i) => (
            <li key={i}>
              <code>{line}</code>
            </li>
          ))}
        </ol>
        {trace.groups.syscallStart.length > MAX_LOG_CALLS && (
          <p>{t('handout.moreCalls', { n: trace.groups.syscallStart.length - MAX_LOG_CALLS })}</p>
        )}
      </section>
      <section className="handout-narration">
        <h2>{t('handout.narration')}</h2>
        <p className="handout-note">{t('handout.narrationIntro')}</p>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('handout.step')}</th>
              <th scope="col">{t('handout.what')}</th>
            </tr>
          </thead>
          {calls.map((c, i) => (
            <tbody key={i} data-handout-call={c.call}>
              <tr>
                <th scope="row">
                  {c.entry.step + 1} · {c.call} {t('handout.entry')}
                </th>
                <td>{c.entry.text}</td>
              </tr>
              <tr>
                <th scope="row">
                  {c.exit ? `${c.exit.step + 1} · ${c.call} ${t('handout.exit')}` : t('handout.noReturn')}
                </th>
                <td>{c.exit?.text ?? ''}</td>
              </tr>
            </tbody>
          ))}
        </table>
        {trace.groups.syscallStart.length > MAX_CALLS && (
          <p>{t('handout.moreCalls', { n: trace.groups.syscallStart.length - MAX_CALLS })}</p>
        )}
      </section>
    </article>,
    document.body,
  );
}
