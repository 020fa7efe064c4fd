import './share.css';
import { useEffect, useRef, useState } from 'react';
import { selectTrace } from '../../state/index';
import { useAppStore } from '../StoreContext';
import { useT } from '../useT';
import { copyText } from './copyText';
import { useLinkSource } from './LinkSourceContext';

const CONFIRMATION_MS = 6000;

type Result = { readonly ok: true; readonly message: string } | { readonly ok: false; readonly link: string };

/**
 * "Copy link": writes the current state to the address bar at once (not the throttled write), copies that
 * link and says what it copied in a polite live region. Where the clipboard refuses, the link appears in a
 * read-only field, selected, for Ctrl+C.
 */
export function CopyLinkButton() {
  const store = useAppStore();
  const links = useLinkSource();
  const t = useT();
  const [result, setResult] = useState<Result | null>(null);
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (result && !result.ok) field.current?.select();
    if (!result?.ok) return;
    // The confirmation has been announced; clear it so the header does not keep a stale message.
    const timer = window.setTimeout(() => setResult(null), CONFIRMATION_MS);
    return () => window.clearTimeout(timer);
  }, [result]);

  const copy = async () => {
    const link = links.currentLink();
    const s = store.getState();
    const total = selectTrace(s).length;
    const ok = await copyText(link);
    setResult(
      ok
        ? { ok, message: t('share.copy.done', { scenario: s.scenario, step: s.step + 1, total }) }
        : { ok, link },
    );
  };

  return (
    <div className="copy-link">
      <button type="button" className="copy-link-button" data-share="copy-link" onClick={() => void copy()}>
        {t('share.copy.button')}
      </button>
      <p className="copy-link-status" role="status" aria-live="polite" data-share="copy-status">
        {result?.ok ? result.message : result ? t('share.copy.manual') : ''}
      </p>
      {result && !result.ok && (
        <input
          ref={field}
          className="copy-link-field"
          type="text"
          readOnly
          value={result.link}
          aria-label={t('share.copy.field')}
          onFocus={(e) => e.currentTarget.select()}
        />
      )}
    </div>
  );
}
