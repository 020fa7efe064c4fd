import './gallery.css';
import { useEffect, useRef } from 'react';
import { DEFAULT_PARAMS, REAL_SYSTEM_IDS, SCENARIO_IDS, type ScenarioId } from '../../sim/index';
import { useApp, useAppStore } from '../StoreContext';
import { useT } from '../useT';
import { getTextbookFigures, type TextbookFigures, type TextbookKey } from '../counters/textbook';

/** The canonical scenarios' shelf: every scenario but the real systems'. */
const CANONICAL_IDS = SCENARIO_IDS.filter((id) => !(REAL_SYSTEM_IDS as readonly string[]).includes(id));

const ORDER: readonly TextbookKey[] = ['modeSwitches', 'cpuCopies', 'dmaTransfers'];

/** The textbook figures a scenario is known for: one line per variant (sendfile with and without SG). */
function figureLines(id: ScenarioId): { variant: string; figures: TextbookFigures }[] {
  if (id === 'sendfile') {
    return (['on', 'off'] as const).map((sg) => ({
      variant: `sg=${sg}`,
      figures: getTextbookFigures(id, { ...DEFAULT_PARAMS, sg })!,
    }));
  }
  const figures = getTextbookFigures(id, DEFAULT_PARAMS);
  return figures ? [{ variant: '', figures }] : [];
}

/**
 * Arrow keys move the focus between the cards (across the shelves): ←/→ to the previous or next card, ↑/↓ to the card above or
 * below (found by position, so it follows however many columns the grid has), Home/End to the first or last.
 * Returns whether the key was one of these.
 */
function moveBetweenCards(e: KeyboardEvent): boolean {
  if (!(e.target instanceof HTMLElement) || !e.target.classList.contains('card')) return false;
  const cards = [...(e.target.closest('.gallery')?.querySelectorAll<HTMLElement>('.card') ?? [])];
  const at = cards.indexOf(e.target);
  const here = e.target.getBoundingClientRect();
  const below = (dir: 1 | -1) => {
    const column = cards.filter((c) => {
      const r = c.getBoundingClientRect();
      return Math.abs(r.left - here.left) < here.width / 2 && (r.top - here.top) * dir > 1;
    });
    column.sort((a, b) => (a.getBoundingClientRect().top - b.getBoundingClientRect().top) * dir);
    return column[0];
  };
  const next: Record<string, HTMLElement | undefined> = {
    ArrowLeft: cards[at - 1],
    ArrowRight: cards[at + 1],
    ArrowUp: below(-1),
    ArrowDown: below(1),
    Home: cards[0],
    End: cards[cards.length - 1],
  };
  if (!(e.key in next)) return false;
  next[e.key]?.focus();
  return true;
}

/** Eight cards, one per scenario: title, the question it answers, what it teaches and its textbook figures. */
export function ScenarioGallery() {
  const store = useAppStore();
  const current = useApp((s) => s.scenario);
  const t = useT();
  const currentCard = useRef<HTMLButtonElement>(null);
  // Opening the gallery puts the keyboard on the open scenario's card; Escape closes it.
  useEffect(() => {
    currentCard.current?.focus();
  }, []);
  const close = () => store.getState().togglePanel('gallery', false);
  const open = (id: ScenarioId) => {
    store.getState().setScenario(id);
    store.getState().togglePanel('gallery', false);
  };
  const card = (id: ScenarioId) => (
    <li key={id}>
      <button
        type="button"
        className="card"
        ref={id === current ? currentCard : undefined}
        data-scenario={id}
        aria-current={id === current ? 'true' : undefined}
        onClick={() => open(id)}
      >
        <span className="card-title">{t(`scenario.${id}.title`)}</span>
        <span className="card-question">{t(`scenario.${id}.question`)}</span>
        <span className="card-teaches">{t(`scenario.${id}.teaches`)}</span>
        {figureLines(id).map(({ variant, figures }) => (
          <span key={variant} className="card-figures">
            {variant && <code>{variant}</code>} {t('ui.gallery.textbook')}{' '}
            {ORDER.filter((k) => figures[k] !== undefined)
              .map((k) => t(`ui.gallery.fig.${k}`, { n: figures[k]! }))
              .join(' · ')}
          </span>
        ))}
      </button>
    </li>
  );
  return (
    // A modal sheet: the workspace under it is inert until it closes (Escape or the close button).
    <section
      id="scenario-gallery"
      className="gallery"
      role="dialog"
      aria-modal="true"
      aria-label={t('ui.gallery.title')}
      onKeyDown={(e) => {
        if (e.key === 'Escape') close();
        else if (moveBetweenCards(e.nativeEvent)) e.preventDefault();
      }}
    >
      <div className="gallery-head">
        <h2>{t('ui.gallery.title')}</h2>
        <button type="button" onClick={close}>
          {t('ui.close')}
        </button>
      </div>
      <ul className="gallery-grid">{CANONICAL_IDS.map(card)}</ul>
      {/* Issue 18: real systems' data paths, written as programs. */}
      <h3 className="gallery-shelf">{t('ui.gallery.shelf.realSystems')}</h3>
      <ul className="gallery-grid" data-shelf="real-systems">
        {REAL_SYSTEM_IDS.map(card)}
      </ul>
    </section>
  );
}
