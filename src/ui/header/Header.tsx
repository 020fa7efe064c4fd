import './header.css';
import { LOCALES, type Locale } from '../../i18n/index';
import { THEMES, type Theme } from '../../state/index';
import { ExportButton } from '../export/ExportButton';
import { LessonButton } from '../lesson/LessonButton';
import { PredictButton } from '../predict/PredictButton';
import { PresentButton } from '../presenter/PresentButton';
import { CopyLinkButton } from '../share/CopyLinkButton';
import { EmbedButton } from '../share/EmbedButton';
import { useApp, useAppStore } from '../StoreContext';
import { useT } from '../useT';

const LOCALE_NAMES: Record<Locale, string> = { en: 'English', 'zh-CN': '简体中文' };

/** A row of toggle buttons (aria-pressed) for a small set of choices. */
function Choice<T extends string>(props: {
  label: string;
  values: readonly T[];
  value: T;
  name(v: T): string;
  lang?(v: T): string;
  onPick(v: T): void;
}) {
  return (
    <div className="choice" role="group" aria-label={props.label}>
      {props.values.map((v) => (
        <button
          key={v}
          type="button"
          lang={props.lang?.(v)}
          aria-pressed={v === props.value}
          onClick={() => props.onPick(v)}
        >
          {props.name(v)}
        </button>
      ))}
    </div>
  );
}

/** Title, the open scenario and its question, the gallery button, share actions, language and theme. */
export function Header() {
  const store = useAppStore();
  const scenario = useApp((s) => s.scenario);
  const locale = useApp((s) => s.locale);
  const theme = useApp((s) => s.theme);
  const galleryOpen = useApp((s) => s.panels.gallery);
  const custom = useApp((s) => s.program !== null);
  const t = useT();
  // A program of the user's own is not the scenario it was copied from: its heading says so.
  const title = t(`scenario.${scenario}.title`);
  const heading = custom ? t('ui.program.heading') : title;
  const question = custom ? t('ui.program.from', { title }) : t(`scenario.${scenario}.question`);
  return (
    <header className="app-header">
      <h1 className="app-title">{t('ui.app.title')}</h1>
      <button
        type="button"
        className="gallery-toggle"
        aria-expanded={galleryOpen}
        aria-controls="scenario-gallery"
        onClick={() => store.getState().togglePanel('gallery')}
      >
        {t('ui.gallery.open')}
      </button>
      <div className="scenario-heading">
        <p className="scenario-title">{heading}</p>
        {/* Cut short on narrow screens (the header keeps one row for the machine view): whole on hover. */}
        <p className="scenario-question" title={question}>
          {question}
        </p>
      </div>
      <div className="share-actions" role="group" aria-label={t('share.actions')}>
        <CopyLinkButton />
        <EmbedButton />
        <ExportButton />
        <PresentButton />
        <PredictButton />
        <LessonButton />
      </div>
      <Choice<Locale>
        label={t('ui.header.language')}
        values={LOCALES}
        value={locale}
        name={(l) => LOCALE_NAMES[l]}
        lang={(l) => l}
        onPick={(l) => store.getState().setLocale(l)}
      />
      <Choice<Theme>
        label={t('ui.header.theme')}
        values={THEMES}
        value={theme}
        name={(v) => t(`ui.theme.${v}`)}
        onPick={(v) => store.getState().setTheme(v)}
      />
    </header>
  );
}
