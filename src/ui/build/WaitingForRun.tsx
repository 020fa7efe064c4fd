import { useApp, useAppStore } from '../StoreContext';
import { NoticeBanner } from '../notices/NoticeBanner';
import { useT } from '../useT';

/**
 * The page before its first run has arrived from the simulation worker (usually a few milliseconds; a large
 * linked run shows BuildProgress beside this). If that build was cancelled or failed, the notice says why
 * and a button tries again.
 */
export function WaitingForRun() {
  const store = useAppStore();
  const building = useApp((s) => s.build !== null);
  const t = useT();
  return (
    <div className="app app-waiting">
      <p className="app-waiting-title">{t('ui.app.title')}</p>
      <NoticeBanner />
      {building ? (
        <p role="status">{t('ui.build.waiting')}</p>
      ) : (
        <button type="button" onClick={() => store.getState().openRun()}>
          {t('ui.build.retry')}
        </button>
      )}
    </div>
  );
}
