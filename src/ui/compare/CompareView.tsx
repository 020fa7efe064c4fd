import './compare.css';
import { useLayoutEffect, useRef, useState, type CSSProperties, type RefObject } from 'react';
import { LOCALES, type Locale } from '../../i18n/index';
import { SCENARIO_IDS, isScenarioId } from '../../sim/index';
import { createCompareStore, type CompareStore } from '../../state/compareStore';
import { THEMES, type Theme } from '../../state/index';
import { encodeHash } from '../../url/codec';
import { DEFAULT_COMPARE, encodeCompareHash, SIDES, type Side } from '../../url/compareLink';
import { createWorkerTraceSource } from '../../worker/client';
import { NoticeBanner } from '../notices/NoticeBanner';
import {
  FloatingChrome,
  useFloatingChrome,
  useFullscreenFollowsPresenter,
} from '../presenter/FloatingChrome';
import { useApp, useAppStore } from '../StoreContext';
import { useT } from '../useT';
import { CompareControls, useCompareKeys, useComparePlayer } from './CompareControls';
import { CompareStoreProvider, useCompare, useCompareStore } from './CompareContext';
import { CompareSide } from './CompareSide';
import { CompareTimeline } from './CompareTimeline';
import { DifferenceTable } from './DifferenceTable';
import { currentCompareLink, useCompareLink } from './useCompareLink';

const LOCALE_NAMES: Record<Locale, string> = { en: 'English', 'zh-CN': '简体中文' };

/** Leaves compare mode for the app's own run (its link; the app's store kept it all along). */
function leave(app: ReturnType<typeof useAppStore>) {
  window.location.hash = encodeHash(app.getState());
}

/** Picks the scenario of one run; the other run and the parameters stay. */
function RunPicker({ side }: { readonly side: Side }) {
  const t = useT();
  const store = useCompareStore();
  const app = useAppStore();
  const run = useCompare((s) => s[side].run);
  return (
    <label className="compare-pick">
      <span className="visually-hidden">{t('compare.pick.scenario', { side: side.toUpperCase() })}</span>
      <span aria-hidden="true">{side.toUpperCase()}</span>
      <select
        value={run.program ? '' : run.scenario}
        onChange={(e) => {
          const id = e.currentTarget.value;
          if (!isScenarioId(id)) return;
          const link = currentCompareLink(store, app);
          void store
            .getState()
            .open({ ...link, step: 0, [side]: { scenario: id, params: run.params, program: null } });
        }}
      >
        {run.program && <option value="">{t('compare.program')}</option>}
        {SCENARIO_IDS.map((id) => (
          <option key={id} value={id}>
            {id}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Compare mode's header: title, the two runs, the way back, presenter mode, language and theme. */
function CompareHeader() {
  const t = useT();
  const app = useAppStore();
  const store = useCompareStore();
  const locale = useApp((s) => s.locale);
  const theme = useApp((s) => s.theme);
  const present = useCompare((s) => s.present);
  return (
    <header className="app-header compare-header">
      <h1 className="app-title">{t('compare.title')}</h1>
      <div className="compare-picks">
        {SIDES.map((side) => (
          <RunPicker key={side} side={side} />
        ))}
      </div>
      <button
        type="button"
        className="compare-back-link"
        onClick={() => leave(app)}
        data-testid="compare-leave"
      >
        {t('compare.back')}
      </button>
      <button
        type="button"
        aria-pressed={present}
        onClick={() => {
          store.setState({ present: !present });
          if (!present) app.getState().setTheme('projector');
        }}
      >
        {t('share.present.button')}
      </button>
      <div className="choice" role="group" aria-label={t('ui.header.language')}>
        {LOCALES.map((l) => (
          <button
            key={l}
            type="button"
            lang={l}
            aria-pressed={l === locale}
            onClick={() => app.getState().setLocale(l)}
          >
            {LOCALE_NAMES[l]}
          </button>
        ))}
      </div>
      <div className="choice" role="group" aria-label={t('ui.header.theme')}>
        {THEMES.map((v: Theme) => (
          <button key={v} type="button" aria-pressed={v === theme} onClick={() => app.getState().setTheme(v)}>
            {t(`ui.theme.${v}`)}
          </button>
        ))}
      </div>
    </header>
  );
}

/** In an embed: the same pair in the full app, in a new tab. */
function OpenFull() {
  const t = useT();
  const store = useCompareStore();
  const app = useAppStore();
  useCompare((s) => s.position);
  const href =
    window.location.href.split('#')[0] +
    encodeCompareHash({ ...currentCompareLink(store, app), embed: false });
  return (
    <a className="embed-open-full" href={href} target="_blank" rel="noopener noreferrer">
      {t('compare.embed.open')}
    </a>
  );
}

/** Presenter mode's floating chrome over the compare stage, with the full controls (speed and sync unit too). */
function PresenterChrome({ root }: { readonly root: RefObject<HTMLDivElement | null> }) {
  const t = useT();
  const store = useCompareStore();
  const { chrome, bar, shown } = useFloatingChrome(root);
  const leave = () => store.setState({ present: false });
  const full = useFullscreenFollowsPresenter(leave);
  useLayoutEffect(() => {
    root.current?.setAttribute('data-controls', shown ? 'shown' : 'hidden');
  }, [root, shown]);
  return (
    <FloatingChrome chrome={chrome} bar={bar} full={full} onLeave={leave}>
      <section className="controls-bar compare-bar" aria-label={t('ui.controls.label')}>
        <CompareControls />
      </section>
    </FloatingChrome>
  );
}

function Layout({ store }: { readonly store: CompareStore }) {
  const present = useCompare((s) => s.present);
  const embed = useCompare((s) => s.embed);
  const scale = useApp((s) => s.scale);
  const app = useAppStore();
  const t = useT();
  const root = useRef<HTMLDivElement>(null);
  useCompareLink(store, app);
  useCompareKeys(store);
  useComparePlayer(store, app);
  const mode = embed ? 'embed' : present ? 'present' : 'full';
  return (
    <div
      ref={root}
      className={`app compare compare-${mode}`}
      data-mode={mode === 'full' ? undefined : mode}
      data-testid="compare"
      style={present ? ({ '--present-scale': scale } as CSSProperties) : undefined}
    >
      {/* The presenter's chrome floats over the stage, first in tab order (as in the single-run presenter). */}
      {mode === 'present' && <PresenterChrome root={root} />}
      {mode === 'full' && <CompareHeader />}
      {!embed && <NoticeBanner />}
      <main className="compare-stage" aria-label={t('compare.title')}>
        <div className="compare-sides">
          {SIDES.map((side) => (
            <CompareSide key={side} side={side} />
          ))}
        </div>
        <div className="compare-lower">
          <CompareTimeline />
          <DifferenceTable />
        </div>
      </main>
      {mode !== 'present' && (
        <section className="controls-bar compare-bar" aria-label={t('ui.controls.label')}>
          <CompareControls minimal={embed} />
          {embed && <OpenFull />}
        </section>
      )}
    </div>
  );
}

/**
 * Compare mode (`#/compare?a=…&b=…`): two runs side by side, each built in its own worker (two builds at once,
 * each with progress and Cancel), both machine views, one timeline, a difference table and the sentence that
 * explains it; stepping moves both together. Loaded on demand (its own chunk) with its English words.
 */
export default function CompareView() {
  const app = useAppStore();
  const [store] = useState(() => {
    // Each run has its own worker, so both build at once and Cancel stops both (tests build on the spot).
    const sources =
      typeof Worker === 'undefined'
        ? undefined
        : { a: createWorkerTraceSource(), b: createWorkerTraceSource() };
    return createCompareStore(DEFAULT_COMPARE, sources, (n) => app.getState().addNotices(n));
  });
  return (
    <CompareStoreProvider store={store}>
      <Layout store={store} />
    </CompareStoreProvider>
  );
}
