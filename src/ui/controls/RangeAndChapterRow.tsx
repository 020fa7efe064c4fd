import { useState } from 'react';
import { MAX_CHAPTER_NAME } from '../../url/chapters';
import { useApp, useAppStore } from '../StoreContext';
import { useT } from '../useT';

/** Add a chapter at the current step: a button that opens a name field (Enter adds, Esc cancels). */
function AddChapter() {
  const store = useAppStore();
  const t = useT();
  const [name, setName] = useState<string | null>(null);
  if (name === null)
    return (
      <button type="button" data-range="add-chapter" onClick={() => setName('')}>
        {t('playback.chapters.add')}
      </button>
    );
  const save = () => {
    store.getState().addChapter(name);
    setName(null);
  };
  return (
    <form
      className="chapter-form"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <input
        type="text"
        data-range="chapter-name"
        aria-label={t('playback.chapters.name')}
        maxLength={MAX_CHAPTER_NAME}
        value={name}
        autoFocus
        onChange={(e) => setName(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setName(null);
        }}
      />
      <button type="submit">{t('playback.chapters.save')}</button>
      <button type="button" onClick={() => setName(null)}>
        {t('playback.chapters.cancel')}
      </button>
    </form>
  );
}

/** The open row: range buttons, chapter buttons and the chapter form (loaded when first opened). */
export function RangeAndChapterRow({ id }: { id: string }) {
  const store = useAppStore();
  const step = useApp((s) => s.step);
  const ranged = useApp((s) => s.from > 0 || s.to !== null);
  const chapters = useApp((s) => s.chapters);
  const t = useT();
  return (
    <div className="range-chapters" id={id}>
      <div className="range-actions" role="group" aria-label={t('playback.range.label')}>
        <button
          type="button"
          data-range="start"
          title={t('playback.range.startHint', { step })}
          onClick={() => store.getState().startRangeHere()}
        >
          {t('playback.range.start')}
        </button>
        <button
          type="button"
          data-range="end"
          title={t('playback.range.endHint', { step })}
          onClick={() => store.getState().endRangeHere()}
        >
          {t('playback.range.end')}
        </button>
        <button
          type="button"
          data-range="clear"
          disabled={!ranged}
          onClick={() => store.getState().clearRange()}
        >
          {t('playback.range.clear')}
        </button>
      </div>
      <div className="chapters" role="group" aria-label={t('playback.chapters.label')}>
        {chapters.map((c) => (
          <span key={c.step} className="chapter">
            <button
              type="button"
              data-chapter={c.step}
              aria-current={c.step === step ? 'step' : undefined}
              title={t('playback.chapters.jump', { name: c.name, n: c.step + 1 })}
              onClick={() => {
                store.getState().pause();
                store.getState().seek(c.step);
              }}
            >
              {c.name}
            </button>
            <button
              type="button"
              className="chapter-remove"
              aria-label={t('playback.chapters.remove', { name: c.name })}
              onClick={() => store.getState().removeChapter(c.step)}
            >
              ×
            </button>
          </span>
        ))}
        <AddChapter />
      </div>
    </div>
  );
}
