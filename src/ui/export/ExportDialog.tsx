import './export.css';
import { useEffect, useId, useRef, useState } from 'react';
import { useAppStore, useTrace } from '../StoreContext';
import { useT } from '../useT';
import { DialogFrame } from './DialogFrame';
import { download, exportFileName } from './download';
import type { ExportKit } from './exportKit';
import { recordSteps, VIDEO_RATES, webmType } from './recordSteps';
import { stepPng, stepSvg } from './stepPicture';
import { checkVideoRange } from './videoRange';

/** A video's default length when no playback range is set: long enough to show a call, short to record. */
const DEFAULT_VIDEO_STEPS = 30;

/**
 * The Export dialog (issue 19): the current step's machine view as SVG or PNG (1×, 2×), a range of steps as a
 * WebM video (progress and Cancel), and the printed handout. Everything is made in the page and downloaded.
 */
export function ExportDialog({
  kit,
  onClose,
  onPrint,
}: {
  kit: ExportKit;
  onClose(): void;
  onPrint(): void;
}) {
  const store = useAppStore();
  const trace = useTrace();
  const t = useT();
  const idBase = useId();
  // The state when the dialog opened: the files show what the author was looking at.
  const [state] = useState(() => store.getState());
  const { step, locale } = state;
  const range = kit.getPlayRange(state, trace.length);
  const whole = range.first === 0 && range.last === trace.length - 1;
  const [fields, setFields] = useState(() => ({
    from: String((whole ? step : range.first) + 1),
    to: String((whole ? Math.min(step + DEFAULT_VIDEO_STEPS - 1, range.last) : range.last) + 1),
  }));
  const [rate, setRate] = useState<number>(2);
  const [status, setStatus] = useState('');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const recording = useRef<AbortController | null>(null);
  const canRecord = webmType() !== null;
  const checked = checkVideoRange(fields, trace.length);

  // Closing the dialog stops a recording under way.
  useEffect(() => () => recording.current?.abort(), []);

  const save = async (what: () => Promise<{ blob: Blob; name: string }>) => {
    try {
      const { blob, name } = await what();
      download(blob, name);
      setStatus(t('export.saved', { file: name }));
    } catch (e) {
      setStatus(t('export.failed', { reason: e instanceof Error ? e.message : String(e) }));
    }
  };
  const picture = (kind: 'svg' | 'png1' | 'png2') =>
    save(async () => {
      const what = `step-${step + 1}`;
      if (kind === 'svg') {
        const text = stepSvg(kit, trace, step, locale);
        return {
          blob: new Blob([text], { type: 'image/svg+xml' }),
          name: exportFileName(trace.scenario, what, 'svg'),
        };
      }
      const scale = kind === 'png1' ? 1 : 2;
      const blob = await stepPng(kit, trace, step, locale, scale);
      return { blob, name: exportFileName(trace.scenario, `${what}@${scale}x`, 'png') };
    });

  const record = async () => {
    if (!checked.ok || recording.current) return;
    const abort = new AbortController();
    recording.current = abort;
    const total = checked.to - checked.from + 1;
    setProgress({ done: 0, total });
    try {
      const blob = await recordSteps({
        kit,
        trace,
        locale,
        from: checked.from,
        to: checked.to,
        stepsPerSecond: rate,
        signal: abort.signal,
        onProgress: (done) => setProgress({ done, total }),
      });
      if (!blob) {
        setStatus(t('export.video.cancelled'));
        return;
      }
      const name = exportFileName(trace.scenario, `steps-${checked.from + 1}-${checked.to + 1}`, 'webm');
      download(blob, name);
      setStatus(t('export.saved', { file: name }));
    } catch (e) {
      setStatus(t('export.failed', { reason: e instanceof Error ? e.message : String(e) }));
    } finally {
      recording.current = null;
      setProgress(null);
    }
  };

  const field = (name: 'from' | 'to', label: string) => (
    <label className="export-field">
      <span>{label}</span>
      <input
        type="number"
        inputMode="numeric"
        min={1}
        max={trace.length}
        value={fields[name]}
        data-export-video={name}
        disabled={progress !== null}
        aria-invalid={checked.ok ? undefined : true}
        aria-describedby={checked.ok ? undefined : `${idBase}-range`}
        onChange={(e) => setFields({ ...fields, [name]: e.currentTarget.value })}
      />
    </label>
  );

  return (
    <DialogFrame title={t('export.title')} onClose={onClose} className="export-dialog">
      <p className="export-intro">{t('export.intro')}</p>
      <fieldset className="export-group">
        <legend>{t('export.picture', { n: step + 1 })}</legend>
        <div className="export-buttons">
          <button type="button" data-export="svg" onClick={() => void picture('svg')}>
            {t('export.svg')}
          </button>
          <button type="button" data-export="png1" onClick={() => void picture('png1')}>
            {t('export.png1')}
          </button>
          <button type="button" data-export="png2" onClick={() => void picture('png2')}>
            {t('export.png2')}
          </button>
        </div>
      </fieldset>
      <fieldset className="export-group">
        <legend>{t('export.video')}</legend>
        {canRecord ? (
          <>
            <div className="export-fields">
              {field('from', t('export.video.from'))}
              {field('to', t('export.video.to'))}
              <label className="export-field">
                <span>{t('export.video.rate')}</span>
                <select
                  value={rate}
                  data-export-video="rate"
                  disabled={progress !== null}
                  onChange={(e) => setRate(Number(e.currentTarget.value))}
                >
                  {VIDEO_RATES.map((r) => (
                    <option key={r} value={r}>
                      {r}
                    </option>
                  ))}
                </select>
              </label>
            </div>
            {!checked.ok && (
              <p className="export-error" id={`${idBase}-range`}>
                {t(checked.key, checked.params)}
              </p>
            )}
            <div className="export-buttons">
              {progress === null ? (
                <button type="button" data-export="webm" disabled={!checked.ok} onClick={() => void record()}>
                  {t('export.video.record')}
                </button>
              ) : (
                <>
                  <button type="button" data-export="cancel" onClick={() => recording.current?.abort()}>
                    {t('export.video.cancel')}
                  </button>
                  <progress max={progress.total} value={progress.done} data-export="progress">
                    {progress.done}/{progress.total}
                  </progress>
                  <span>
                    {t('export.video.progress', { done: progress.done + 1, total: progress.total })}
                  </span>
                </>
              )}
            </div>
          </>
        ) : (
          <p>{t('export.video.unsupported')}</p>
        )}
      </fieldset>
      <fieldset className="export-group">
        <legend>{t('export.print')}</legend>
        <p className="export-hint">{t('export.printHint')}</p>
        <div className="export-buttons">
          <button type="button" data-export="print" onClick={onPrint}>
            {t('export.print')}
          </button>
        </div>
      </fieldset>
      <p className="export-status" role="status" aria-live="polite" data-export="status">
        {status}
      </p>
      <div className="modal-actions">
        <button type="button" onClick={onClose}>
          {t('export.close')}
        </button>
      </div>
    </DialogFrame>
  );
}
