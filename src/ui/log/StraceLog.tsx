import './log.css';
import { memo, useMemo } from 'react';
import { getLogTail } from '../../state/index';
import { Panel } from '../Panel';
import { useApp, useAppStore, useTrace } from '../StoreContext';
import { useT } from '../useT';

const SHOWN = 40;
/** While playing fast only the lines that fit the panel are kept: the rest would be rebuilt every frame unseen. */
const SHOWN_PLAYING = 14;

/** One line; memoised, so while playing only the lines that enter the window render. */
const LogLine = memo(function LogLine(props: { step: number; text: string; current: boolean }) {
  const store = useAppStore();
  const t = useT();
  return (
    <li className={props.current ? 'current' : undefined}>
      <button
        type="button"
        title={t('ui.log.goto', { n: String(props.step + 1) })}
        onClick={() => {
          store.getState().pause();
          store.getState().seek(props.step);
        }}
      >
        <code>{props.text}</code>
      </button>
    </li>
  );
});

/** strace-style lines completed up to the current step (the last 40); clicking a line goes to its step. */
export function StraceLog() {
  const trace = useTrace();
  const step = useApp((s) => s.step);
  const fast = useApp((s) => s.playing && (s.speed === 'max' || s.speed >= 4));
  const t = useT();
  const shown = fast ? SHOWN_PLAYING : SHOWN;
  const { lines, total } = useMemo(() => getLogTail(trace, step, shown), [trace, step, shown]);
  const first = total - lines.length;
  return (
    <Panel
      title={t('ui.log.title')}
      id="log"
      className="log"
      actions={<span className="muted">{t('ui.log.count', { n: total })}</span>}
    >
      {lines.length === 0 ? (
        <p className="muted log-empty">{t('ui.log.empty')}</p>
      ) : (
        // The scroller is a reversed flex column around one list: it stays pinned to the newest line without
        // measuring layout in script, and the list keeps its reading order.
        <div className="log-scroll">
          <ol className="log-lines" start={first + 1} data-testid="strace-log">
            {lines.map((line, i) => (
              <LogLine key={first + i} step={line.step} text={line.text} current={line.step === step} />
            ))}
          </ol>
        </div>
      )}
    </Panel>
  );
}
