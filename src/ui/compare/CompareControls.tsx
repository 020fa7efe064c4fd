import { useEffect } from 'react';
import { sharedEnd } from '../../state/compareSync';
import { readyTraces, type CompareStore } from '../../state/compareStore';
import { SYNC_UNITS } from '../../url/compareLink';
import { formatDuration } from '../counters/counterRows';
import { CommandIcon } from '../controls/icons';
import { SpeedSelect } from '../controls/SpeedSelect';
import { formatCount } from '../format';
import type { AppStore } from '../../state/index';
import { useApp } from '../StoreContext';
import { playTimeMs, unitsPerSecond } from './comparePace';
import { useT } from '../useT';
import { useCompare, useCompareStore } from './CompareContext';

/**
 * Plays both runs together at the app's speed: calls or iterations one at a time, smoothly by time; stops at
 * the end. The speed is read at every frame, so changing it while playing takes effect at once.
 */
export function useComparePlayer(store: CompareStore, app: AppStore): void {
  const playing = useCompare((s) => s.playing);
  useEffect(() => {
    if (!playing) return;
    let frame = 0;
    let last = performance.now();
    let carry = 0;
    const tick = (now: number) => {
      const s = store.getState();
      const traces = readyTraces(s);
      if (!traces || !s.playing) return;
      const end = sharedEnd(traces, s.by);
      const speed = app.getState().speed;
      const dt = now - last;
      last = now;
      if (s.by === 'time') s.seek(s.position + (end * dt) / playTimeMs(speed));
      else {
        carry += (dt * unitsPerSecond(speed, end)) / 1000;
        for (; carry >= 1; carry--) s.stepBy(1);
      }
      if (store.getState().position >= end) s.pause();
      else frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [playing, store, app]);
}

/** Whether a key press belongs to a text field or a select (they keep their own keys). */
function ownsKeys(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLInputElement) return target.type !== 'range';
  return target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

/** The compare view's keys: arrows and a clicker's PgUp/PgDn step both runs, Space plays, Home/End jump. */
export function useCompareKeys(store: CompareStore): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || ownsKeys(e.target)) return;
      if (
        e.target instanceof HTMLElement &&
        e.target.closest('button, a[href]') &&
        (e.key === ' ' || e.key === 'Enter')
      )
        return;
      const s = store.getState();
      const act: Record<string, () => void> = {
        ArrowRight: () => s.stepBy(1),
        ArrowLeft: () => s.stepBy(-1),
        PageDown: () => s.stepBy(1),
        PageUp: () => s.stepBy(-1),
        ' ': () => s.togglePlay(),
        k: () => s.togglePlay(),
        Home: () => s.toStart(),
        End: () => s.toEnd(),
      };
      const run = act[e.key];
      if (!run) return;
      e.preventDefault();
      if (e.key !== ' ' && e.key !== 'k') s.pause();
      run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}

/** Play/pause, one unit back and on, start and end, the shared scrubber, and the sync unit. */
export function CompareControls({ minimal = false }: { readonly minimal?: boolean }) {
  const t = useT();
  const locale = useApp((s) => s.locale);
  const store = useCompareStore();
  const playing = useCompare((s) => s.playing);
  const by = useCompare((s) => s.by);
  const position = useCompare((s) => s.position);
  const ta = useCompare((s) => s.a.trace);
  const tb = useCompare((s) => s.b.trace);
  const traces = ta && tb ? ([ta, tb] as const) : null;
  const end = traces ? sharedEnd(traces, by) : 0;
  const s = () => store.getState();
  const shown = !traces
    ? ''
    : by === 'time'
      ? t('compare.position.time', {
          time: formatDuration(locale, position),
          total: formatDuration(locale, end),
        })
      : t(`compare.position.${by}`, {
          n: formatCount(locale, Math.min(position + 1, end)),
          total: formatCount(locale, end),
        });
  const button = (icon: string, label: string, onClick: () => void, testId?: string) => (
    <button
      type="button"
      className="cmd"
      aria-label={label}
      title={label}
      onClick={onClick}
      disabled={!traces}
      data-testid={testId}
    >
      <CommandIcon name={icon} />
    </button>
  );
  return (
    <div className="compare-controls" role="group" aria-label={t('ui.controls.label')}>
      {!minimal && button('restart', t('ui.cmd.restart'), () => s().toStart())}
      {button('stepBack', t('ui.cmd.stepBack'), () => (s().pause(), s().stepBy(-1)), 'compare-back')}
      {button(
        playing ? 'pause' : 'play',
        t(playing ? 'ui.cmd.pause' : 'ui.cmd.play'),
        () => s().togglePlay(),
        'compare-play',
      )}
      {button('stepForward', t('ui.cmd.stepForward'), () => (s().pause(), s().stepBy(1)), 'compare-forward')}
      {!minimal && button('end', t('ui.cmd.end'), () => s().toEnd(), 'compare-end')}
      <input
        type="range"
        className="compare-scrub"
        aria-label={t('compare.scrub')}
        aria-valuetext={shown}
        min={0}
        max={Math.max(end, 0)}
        step={1}
        value={Math.min(position, end)}
        disabled={!traces}
        data-testid="compare-scrub"
        onChange={(e) => {
          s().pause();
          s().seek(Number(e.currentTarget.value));
        }}
      />
      <span className="compare-position" data-testid="compare-position" data-position={position} data-by={by}>
        {shown}
      </span>
      {!minimal && <SpeedSelect />}
      {!minimal && (
        <div className="choice compare-by" role="group" aria-label={t('compare.by')}>
          <span className="muted">{t('compare.by')}</span>
          {SYNC_UNITS.map((u) => (
            <button key={u} type="button" aria-pressed={u === by} onClick={() => s().setBy(u)} data-by={u}>
              {t(`compare.by.${u}`)}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
