import './embed.css';
import type { CSSProperties } from 'react';
import { encodeHash } from '../../url/codec';
import { ControlsBar } from '../controls/ControlsBar';
import { MinimalControls } from '../controls/MinimalControls';
import { CountersPanel } from '../counters/CountersPanel';
import { NoticeBanner } from '../notices/NoticeBanner';
import { MachinePane } from '../panes/MachinePane';
import { useApp, useAppStore } from '../StoreContext';
import { useT } from '../useT';
import { narrate } from '../../i18n/narrate';
import { useCurrentStep } from '../useStep';
import { useLinkSource } from './LinkSourceContext';

/** A link that opens the embedded state in the full app, in a new tab (not inside the host page). */
function OpenFull() {
  const store = useAppStore();
  const links = useLinkSource();
  const t = useT();
  // Re-rendered with the step so the link follows what the reader is looking at.
  useApp((s) => s.step);
  const s = store.getState();
  const href =
    links.baseUrl() +
    encodeHash({ ...s, embed: false, autoplay: false, loop: false, controls: 'full', from: 0, to: null });
  return (
    <a className="embed-open-full" href={href} target="_blank" rel="noopener noreferrer">
      {t('share.embed.openFull')}
    </a>
  );
}

/** The link's one line of narration (`narration=1`): the step's sentence, without who/when/where. */
function NarrationLine() {
  const { step } = useCurrentStep();
  const locale = useApp((s) => s.locale);
  return (
    <p className="embed-narration" data-view="narration" aria-live="off">
      {narrate(locale, step.site, step.params)}
    </p>
  );
}

/**
 * Embed mode (`embed=1`): the machine view, the counters and the controls, for slides and course pages,
 * laid out for iframes 320–1920 px wide (embed.css): the counters go below the machine and then out of
 * view before the machine's text gets too small; below 450 px it says so and offers the full view.
 */
export function EmbedShell() {
  const minimal = useApp((s) => s.controls === 'min');
  const narration = useApp((s) => s.narration);
  const scale = useApp((s) => s.scale);
  const scenario = useApp((s) => s.scenario);
  const t = useT();
  return (
    <div className="app embed" data-mode="embed" style={{ '--present-scale': scale } as CSSProperties}>
      <NoticeBanner />
      <main className="embed-stage">
        {/* The page's one heading, for screen readers (the embed shows no title bar). */}
        <h1 className="visually-hidden">{t(`scenario.${scenario}.title`)}</h1>
        {/* No view tabs: an embed shows what its link's `pane` names, nothing to switch to. */}
        <MachinePane tabs={false} />
        <p className="embed-too-small">
          {t('share.embed.tooSmall')} <OpenFull />
        </p>
        {narration && <NarrationLine />}
        <aside className="embed-side">
          <CountersPanel />
        </aside>
      </main>
      {minimal ? <MinimalControls extra={<OpenFull />} /> : <ControlsBar extra={<OpenFull />} />}
    </div>
  );
}
