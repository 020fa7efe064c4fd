import { getCommand, runCommand } from '../commands';
import { useApp, useAppStore } from '../StoreContext';
import { useT } from '../useT';

/** − / + for the presenter's type size (the `scale` of the link, 1–3), with the size between them. */
export function ZoomButtons() {
  const store = useAppStore();
  const scale = useApp((s) => s.scale);
  const t = useT();
  const button = (id: 'zoomOut' | 'zoomIn', sign: string, key: string) => {
    const command = getCommand(id);
    const label = t(command.label(store.getState()));
    return (
      <button
        type="button"
        data-command={id}
        aria-label={label}
        title={`${label} (${key})`}
        disabled={!command.enabled(store.getState(), { length: 0 } as never)}
        onClick={() => runCommand(command, store)}
      >
        {sign}
      </button>
    );
  };
  return (
    <div className="presenter-zoom" role="group" aria-label={t('playback.zoom.label')}>
      {button('zoomOut', 'A−', '−')}
      <output data-scale={scale} aria-live="polite">
        {t('playback.zoom.value', { scale })}
      </output>
      {button('zoomIn', 'A+', '+')}
    </div>
  );
}
