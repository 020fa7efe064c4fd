import { useId, useMemo, useRef, useState } from 'react';
import { getPlayRange, selectTrace } from '../../state/index';
import { useAppStore } from '../StoreContext';
import { useT } from '../useT';
import { copyText } from './copyText';
import { EMBED_HEIGHT, EMBED_WIDTH, checkEmbedFields, type EmbedFieldName } from './embedFields';
import { embedLink, embedSnippet, type EmbedOptions } from './embedSnippet';
import { useLinkSource } from './LinkSourceContext';
import { Modal } from './Modal';

/**
 * The Embed dialog: choose the step range (1-based, as the step indicator counts), autoplay, loop, minimal
 * controls and the size, and copy the `<iframe>` snippet for the current scenario, parameters and view.
 */
export function EmbedDialog({ onClose }: { onClose(): void }) {
  const store = useAppStore();
  const links = useLinkSource();
  const t = useT();
  // A snapshot of the state when the dialog opened: the snippet describes what the author was looking at.
  const [state] = useState(() => store.getState());
  const total = selectTrace(state).length;
  const range = getPlayRange(state, total);
  const [fields, setFields] = useState({
    from: String(state.step + 1),
    to: String(range.last + 1),
    width: '960',
    height: '600',
  });
  const [autoplay, setAutoplay] = useState(true);
  const [loop, setLoop] = useState(true);
  const [minimal, setMinimal] = useState(false);
  const [narration, setNarration] = useState(false);
  const [status, setStatus] = useState('');
  const code = useRef<HTMLTextAreaElement>(null);
  const idBase = useId();

  const checked = useMemo(() => checkEmbedFields(fields, total), [fields, total]);
  const options: EmbedOptions | null = checked.values
    ? {
        from: checked.values.from - 1,
        to: checked.values.to - 1,
        autoplay,
        loop,
        narration,
        controls: minimal ? 'min' : 'full',
        width: checked.values.width,
        height: checked.values.height,
      }
    : null;
  // No snippet while a field is wrong: what is copied is always what the fields say.
  const snippet = options
    ? embedSnippet(
        embedLink(links.baseUrl(), state, options),
        t('share.embed.frameTitle', { scenario: t(`scenario.${state.scenario}.title`) }),
        options,
      )
    : '';

  const copy = async () => {
    if (!options) return;
    if (await copyText(snippet)) {
      setStatus(
        t('share.embed.copied', {
          width: String(options.width),
          height: String(options.height),
          from: options.from + 1,
          to: options.to + 1,
        }),
      );
    } else {
      code.current?.focus();
      code.current?.select();
      setStatus(t('share.copy.manual'));
    }
  };

  const numberField = (name: EmbedFieldName, label: string, min: number, max: number) => {
    const problem = checked.problems[name];
    const errorId = `${idBase}-${name}-error`;
    // The message sits outside the label: it describes the field, it is not part of its name.
    return (
      <div className="embed-field-box">
        <label className="embed-field">
          <span>{label}</span>
          <input
            type="number"
            inputMode="numeric"
            min={min}
            max={max}
            value={fields[name]}
            data-embed-option={name}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? errorId : undefined}
            onChange={(e) => setFields({ ...fields, [name]: e.currentTarget.value })}
          />
        </label>
        {problem && (
          <p className="embed-error" id={errorId} data-embed-error={name}>
            {t(problem.key, problem.params)}
          </p>
        )}
      </div>
    );
  };
  const check = (label: string, value: boolean, set: (v: boolean) => void, name: string) => (
    <label className="embed-check">
      <input
        type="checkbox"
        checked={value}
        data-embed-option={name}
        onChange={(e) => set(e.currentTarget.checked)}
      />
      <span>{label}</span>
    </label>
  );

  return (
    <Modal title={t('share.embed.title')} onClose={onClose} className="embed-dialog">
      <p className="embed-intro">{t('share.embed.intro')}</p>
      <div className="embed-options">
        {numberField('from', t('share.embed.from'), 1, total)}
        {numberField('to', t('share.embed.to'), 1, total)}
        {numberField('width', t('share.embed.width'), EMBED_WIDTH.min, EMBED_WIDTH.max)}
        {numberField('height', t('share.embed.height'), EMBED_HEIGHT.min, EMBED_HEIGHT.max)}
      </div>
      <div className="embed-checks">
        {check(t('share.embed.autoplay'), autoplay, setAutoplay, 'autoplay')}
        {check(t('share.embed.loop'), loop, setLoop, 'loop')}
        {check(t('share.embed.minimal'), minimal, setMinimal, 'minimal')}
        {check(t('share.embed.narration'), narration, setNarration, 'narration')}
      </div>
      <label className="embed-code">
        <span>{t('share.embed.code')}</span>
        <textarea ref={code} readOnly rows={4} value={snippet} data-share="embed-code" />
      </label>
      <p className="embed-status" role="status" aria-live="polite">
        {options ? status : t('share.embed.fix')}
      </p>
      <div className="modal-actions">
        <button
          type="button"
          className="primary"
          data-share="embed-copy"
          disabled={!options}
          onClick={() => void copy()}
        >
          {t('share.embed.copy')}
        </button>
        <button type="button" onClick={onClose}>
          {t('share.embed.close')}
        </button>
      </div>
    </Modal>
  );
}
