import './notices.css';
import { useApp, useAppStore } from '../StoreContext';
import { useT } from '../useT';
import { problemOf, problemText } from '../params/problemText';

/** What a link asked for that could not be honoured, and why; plain text, dismissible. */
export function NoticeBanner() {
  const store = useAppStore();
  const notices = useApp((s) => s.notices);
  const t = useT();
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status">
      <div>
        <p className="notices-title">{t('ui.notice.title')}</p>
        <ul>
          {notices.map((n, i) => {
            // A refused parameter: the reason in the reader's language rather than the core's English.
            const problem = problemOf(n.params);
            const params = problem ? { ...n.params, error: problemText(t, problem) } : n.params;
            return <li key={i}>{t(n.key, params)}</li>;
          })}
        </ul>
      </div>
      <button type="button" onClick={() => store.getState().dismissNotices()}>
        {t('ui.notice.dismiss')}
      </button>
    </div>
  );
}
