import './growth.css';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { LOCALES, loadLocale, translate, type Locale } from '../../i18n/index';
import type { ScenarioId } from '../../sim/index';
import { THEMES, type Notice, type Theme } from '../../url/fields';
import { runHash, type GrowthState } from '../../url/growthLink';
import { openHash, writeGrowthLink } from '../../url/growthSync';
import { problemOf, problemText } from '../params/problemText';
import { chartCsv, chartPng, chartSvgText, download } from './exportChart';
import { GrowthChart, type ChartPoint, type ChartSeries } from './GrowthChart';
import { GrowthControls } from './GrowthControls';
import { formatGrowthValue, formatGrowthX } from './growthFormat';
import { planGrowth } from './growthPlan';
import { growthSeries } from './growthSeries';
import { GrowthTable } from './GrowthTable';
import { measuredCurves, measuredMachine } from './measuredCurves';
import { useGrowthSweep } from './useGrowthSweep';

const LOCALE_NAMES: Record<Locale, string> = { en: 'English', 'zh-CN': '简体中文' };

/**
 * The growth charts page (`#/growth?…`): settings, the chart with its progress and exports, the table. Its
 * state is its link; every point is computed in the growth worker.
 */
export function GrowthPage(props: {
  initial: GrowthState;
  locale: Locale;
  theme: Theme;
  notices: readonly Notice[];
}) {
  const [state, setState] = useState<GrowthState>(props.initial);
  const [locale, setLocale] = useState<Locale>(props.locale);
  const [theme, setTheme] = useState<Theme>(props.theme);
  const [notices, setNotices] = useState(props.notices);
  const svgRef = useRef<SVGSVGElement>(null);
  const t = useCallback(
    (key: string, params?: Readonly<Record<string, string | number>>) => translate(locale, key, params),
    [locale],
  );

  useLayoutEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dataset.theme = theme;
    document.title = `${t('growth.title')} · ${t('ui.app.title')}`;
    writeGrowthLink({ ...state, locale, theme: theme === 'light' ? undefined : theme });
  }, [state, locale, theme, t]);

  const plan = useMemo(() => planGrowth(state), [state]);
  const sweep = useGrowthSweep(plan);
  const measured = useMemo(() => measuredCurves(state), [state]);

  const title = (s: ScenarioId) => t(`scenario.${s}.title`);
  // Memoised, with the chart, table and controls below: a progress tick re-renders only the progress bar.
  const series = useMemo(
    () => growthSeries(state.scenarios, plan, sweep.totals, measured, state.y, t),
    [state.scenarios, plan, sweep.totals, measured, state.y, t],
  );
  const formatX = useCallback((x: number) => formatGrowthX(locale, x), [locale]);
  const formatValue = useCallback((v: number) => formatGrowthValue(locale, state.y, v), [locale, state.y]);
  const hoverText = useCallback(
    (s: ChartSeries, p: ChartPoint) =>
      t('growth.hover', { scenario: s.label, x: formatX(p.x), value: formatValue(p.value) }),
    [t, formatX, formatValue],
  );
  const onOpen = useCallback(
    (i: number) => {
      const run = plan[i]?.run;
      if (run) openHash(runHash(run, locale));
    },
    [plan, locale],
  );

  const runnable = plan.filter((p) => p.run).length;
  const done = sweep.totals.size + sweep.failed.size;
  const problems = plan.flatMap((p) =>
    p.run
      ? []
      : [
          t('growth.pointFailed', {
            scenario: title(p.scenario),
            x: formatX(p.x),
            error: p.problem ? problemText(t, p.problem) : p.error,
          }),
        ],
  );
  const failures = [...sweep.failed].map(([i, message]) =>
    t('growth.pointFailed', { scenario: title(plan[i]!.scenario), x: formatX(plan[i]!.x), error: message }),
  );
  const machine = measuredMachine();
  const name = `growth-${state.y}-${state.x}`;
  const chartTitle = t('growth.chart', {
    counter: t(`ui.counter.${state.y}`),
    axis: t(`growth.axis.${state.x}`),
  });

  const exportSvg = () => {
    if (svgRef.current)
      download(new Blob([chartSvgText(svgRef.current)], { type: 'image/svg+xml' }), `${name}.svg`);
  };
  const exportPng = async () => {
    const svg = svgRef.current;
    if (!svg) return;
    const { width, height } = svg.viewBox.baseVal;
    download(await chartPng(chartSvgText(svg), width, height), `${name}.png`);
  };
  const exportCsv = () =>
    download(new Blob([chartCsv(series, state.x, state.y)], { type: 'text/csv' }), `${name}.csv`);

  return (
    <div className="growth-page">
      <header className="growth-header">
        <a className="growth-back" href="#/">
          {t('growth.back')}
        </a>
        <h1>{t('growth.title')}</h1>
        <div className="choice" role="group" aria-label={t('ui.header.language')}>
          {LOCALES.map((l) => (
            <button
              key={l}
              type="button"
              lang={l}
              aria-pressed={l === locale}
              onClick={() => void loadLocale(l).then(() => setLocale(l))}
            >
              {LOCALE_NAMES[l]}
            </button>
          ))}
        </div>
        <div className="choice" role="group" aria-label={t('ui.header.theme')}>
          {THEMES.map((th) => (
            <button key={th} type="button" aria-pressed={th === theme} onClick={() => setTheme(th)}>
              {t(`ui.theme.${th}`)}
            </button>
          ))}
        </div>
      </header>
      {notices.length > 0 && (
        <div className="notices" role="status">
          <div>
            <p className="notices-title">{t('ui.notice.title')}</p>
            <ul>
              {notices.map((n, i) => {
                const problem = problemOf(n.params);
                return (
                  <li key={i}>
                    {t(n.key, problem ? { ...n.params, error: problemText(t, problem) } : n.params)}
                  </li>
                );
              })}
            </ul>
          </div>
          <button type="button" onClick={() => setNotices([])}>
            {t('ui.notice.dismiss')}
          </button>
        </div>
      )}
      <main className="growth-main">
        <p className="growth-intro">{t('growth.intro')}</p>
        <GrowthControls state={state} t={t} onChange={setState} />
        <div className="growth-status" aria-live="polite">
          {sweep.running && (
            <div className="growth-progress">
              <div
                role="progressbar"
                aria-label={t('growth.progress', { done, total: runnable })}
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={Math.round(sweep.progress * 100)}
                data-testid="growth-progress"
              >
                <div style={{ width: `${sweep.progress * 100}%` }} />
              </div>
              <span>{t('growth.progress', { done, total: runnable })}</span>
              <button type="button" onClick={sweep.cancel}>
                {t('growth.cancel')}
              </button>
            </div>
          )}
          {sweep.cancelled && <p>{t('growth.cancelled', { done, total: runnable })}</p>}
        </div>
        {[...problems, ...failures].length > 0 && (
          <ul className="growth-problems">
            {[...problems, ...failures].map((text, i) => (
              <li key={i}>{text}</li>
            ))}
          </ul>
        )}
        <GrowthChart
          series={series}
          scenarios={state.scenarios}
          counter={state.y}
          from={state.from}
          to={state.to}
          title={chartTitle}
          locale={locale}
          hoverText={hoverText}
          onOpen={onOpen}
          svgRef={svgRef}
        />
        <p className="growth-note">
          {t('growth.openHint')}{' '}
          {measured.length > 0 ? t('growth.measuredNote', { ...machine }) : t('growth.noMeasured')}
        </p>
        <div className="growth-export" role="group" aria-label={t('growth.export')}>
          <span>{t('growth.export')}</span>
          <button type="button" onClick={exportSvg}>
            {t('growth.export.svg')}
          </button>
          <button type="button" onClick={() => void exportPng()}>
            {t('growth.export.png')}
          </button>
          <button type="button" onClick={exportCsv}>
            {t('growth.export.csv')}
          </button>
        </div>
        <GrowthTable series={series} t={t} formatX={formatX} formatValue={formatValue} />
      </main>
    </div>
  );
}
