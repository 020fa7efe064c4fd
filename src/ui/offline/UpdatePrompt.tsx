import './offline.css';
import { useT } from '../useT';
import { applyUpdate, dismissUpdate } from './updates';
import { useUpdateWaiting } from './useUpdateWaiting';

/** "A new version is ready": the user reloads when it suits them (never in the middle of a lecture). */
export function UpdatePrompt() {
  const waiting = useUpdateWaiting();
  const t = useT();
  if (!waiting) return null;
  return (
    <div className="update-prompt" role="status">
      <p>{t('ui.offline.update')}</p>
      <button type="button" onClick={applyUpdate}>
        {t('ui.offline.reload')}
      </button>
      <button type="button" onClick={dismissUpdate}>
        {t('ui.offline.later')}
      </button>
    </div>
  );
}
