import { useId, useState, type DragEvent } from 'react';
import { useAppStore } from '../../StoreContext';
import { useT } from '../../useT';
import { noticeText } from './noticeText';
import { importFailureText } from './importFailureText';
import type { ImportedLog } from './useEditorWorker';

/** Logs larger than this are refused before they are read (a pasted server log is far smaller). */
const MAX_LOG_CHARS = 4_000_000;

/**
 * "Import a strace log": paste (or drop a file of) `strace -f` output; the editor's worker turns it into a
 * program in the language, which replaces the editor's text (shown, editable; Run replays it). What the import
 * could not map is listed, line by line.
 */
export function StraceImport({ importLog }: { importLog: (log: string) => Promise<ImportedLog> }) {
  const store = useAppStore();
  const t = useT();
  const [open, setOpen] = useState(false);
  const [log, setLog] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ImportedLog | null>(null);
  const fieldId = useId();

  const run = async () => {
    if (log.length > MAX_LOG_CHARS) {
      setResult({ program: '', notices: [], error: { kind: 'tooLong', max: MAX_LOG_CHARS } });
      return;
    }
    setBusy(true);
    const r = await importLog(log);
    setBusy(false);
    setResult(r);
    if (!r.error && r.program) {
      store.getState().setDraft(r.program);
      setOpen(false);
    }
  };

  const onDrop = (e: DragEvent<HTMLTextAreaElement>) => {
    const file = e.dataTransfer.files[0];
    if (!file) return;
    e.preventDefault();
    void file.text().then(setLog);
  };

  return (
    <div className="strace-import">
      {!open ? (
        <button type="button" onClick={() => setOpen(true)}>
          {t('editor.strace.open')}
        </button>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void run();
          }}
        >
          <label htmlFor={fieldId}>{t('editor.strace.label')}</label>
          <textarea
            id={fieldId}
            value={log}
            rows={8}
            spellCheck={false}
            placeholder={'1234  openat(AT_FDCWD, "data.bin", O_RDONLY) = 3'}
            onChange={(e) => setLog(e.currentTarget.value)}
            onDrop={onDrop}
          />
          <div className="strace-import-buttons">
            <button type="submit" disabled={busy || log.trim() === ''}>
              {t('editor.strace.import')}
            </button>
            <button type="button" onClick={() => setOpen(false)}>
              {t('editor.strace.cancel')}
            </button>
          </div>
        </form>
      )}
      {result && (
        <div className="strace-import-result" role="status">
          {result.error ? (
            <p className="param-error">{importFailureText(t, result.error)}</p>
          ) : (
            <p>{t('editor.strace.done', { n: result.notices.length })}</p>
          )}
          {result.notices.length > 0 && (
            <ul role="list">
              {result.notices.map((n, i) => (
                // Each note names its log line itself.
                <li key={i}>{noticeText(t, n)}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
