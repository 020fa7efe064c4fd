import { useMemo, useRef, useState } from 'react';
import { getPlayRange, selectTrace } from '../../state/index';
import { useAppStore } from '../StoreContext';
import { useT } from '../useT';
import { copyText } from './copyText';
import { embedLink, embedSnippet, type EmbedOptions } from './embedSnippet';
import { useLinkSource } from './LinkSourceContext';
import { Modal } from './Modal';

/** A whole number typed into a field, kept within [min, max]; anything else gives `fallback`. */
function within(text: string, min: number, max: number, fallback: number): number {
  const n = Number(text);
  return Number.isInteger(n) ? Math.min(Math.max(n, min), max) : fallback;
}

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
  const [status, setStatus] = useState('');
  const code = useRef<HTMLTextAreaElement>(null);

  const options: EmbedOptions = useMemo(() => {
    const from = within(fields.from, 1, total, state.step + 1);
    const to = within(fields.to, from, total, total);
    return {
      from: from - 1,
      to: to - 1,
      autoplay,
      loop,
      controls: minimal ? 'min' : 'full',
      width: within(fields.width, 200, 4000, 960),
      height: within(fields.height, 150, 3000, 600),
    };
  }, [fields, autoplay, loop, minimal, total, state.step]);
  const snippet = embedSnippet(
    embedLink(links.baseUrl(), state, options),
    t('share.embed.frameTitle', { scenario: t(`scenario.${state.scenario}.title`) }),
    options,
  );

  const copy = async () => {
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

  const numberField = (name: keyof typeof fields, label: string, min: number, max: number) => (
    <label className="embed-field">
      <span>{label}</span>
      <input
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        value={fields[name]}
        data-embed-option={name}
        onChange={(e) => setFields({ ...fields, [name]: e.currentTarget.value })}
      />
    </label>
  );
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
        {numberField('width', t('share.embed.width'), 200, 4000)}
        {numberField('height', t('share.embed.height'), 150, 3000)}
      </div>
      <div className="embed-checks">
        {check(t('share.embed.autoplay'), autoplay, setAutoplay, 'autoplay')}
        {check(t('share.embed.loop'), loop, setLoop, 'loop')}
        {check(t('share.embed.minimal'), minimal, setMinimal, 'minimal')}
      </div>
      <label className="embed-code">
        <span>{t('share.embed.code')}</span>
        <textarea ref={code} readOnly rows={4} value={snippet} data-share="embed-code" />
      </label>
      <p className="embed-status" role="status" aria-live="polite">
        {status}
      </p>
      <div className="modal-actions">
        <button type="button" className="primary" data-share="embed-copy" onClick={() => void copy()}>
          {t('share.embed.copy')}
        </button>
        <button type="button" onClick={onClose}>
          {t('share.embed.close')}
        </button>
      </div>
    </Modal>
  );
}
