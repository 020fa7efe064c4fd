import type { Trace } from '../sim/index';
import { SCALE_MAX, SCALE_MIN } from '../url/fields';
import { SPEEDS, getPlayRange, hasStepUnit, selectTrace, type AppState, type AppStore } from '../state/index';

/** A key that runs a command. `shift` undefined: either; the key is KeyboardEvent.key. */
export interface KeyBinding {
  readonly key: string;
  readonly shift?: boolean;
}

export interface Command {
  readonly id: string;
  /** i18n key of the button's label (may depend on the state: play / pause). */
  label(state: AppState): string;
  readonly keys: readonly KeyBinding[];
  /**
   * Whether the keys mean this command in this state (undefined: always). A key can mean different commands
   * in different modes: + / − change the speed, but zoom in presenter mode; PgDn steps, but jumps to the next
   * chapter in presenter mode when the run has chapters.
   */
  active?(state: AppState): boolean;
  enabled(state: AppState, trace: Trace): boolean;
  perform(store: AppStore): void;
  /** Runs while the presenter's screen is blanked (only B / '.' and Esc do: nothing changes unseen). */
  readonly whileBlank?: boolean;
}

// "First" and "last" are the playback range's (the whole trace unless the link set from/to).
const notFirst = (s: AppState, t: Trace) => s.step > getPlayRange(s, t.length).first;
const notLast = (s: AppState, t: Trace) => s.step < getPlayRange(s, t.length).last;
const presenting = (s: AppState) => s.present;
const notPresenting = (s: AppState) => !s.present;
const presentingLesson = (s: AppState) => s.present && s.lesson !== null;
const presentingChapters = (s: AppState) => s.present && s.chapters.length > 0 && s.lesson === null;
const hasSyscalls = (t: Trace) => hasStepUnit(t, 'syscall');
/** Stepping by hand stops playback first, so the step lands where the user asked. */
const stepping = (store: AppStore, dir: 1 | -1, unit?: 'syscall') => {
  store.getState().pause();
  store.getState().stepBy(dir, unit);
};

/**
 * Every playback command, defined once: the controls bar renders buttons from it and the keyboard handler
 * matches keys against it. PgUp/PgDn (step) and B (blank) are what presenter clickers send. While the
 * screen is blanked only the commands marked `whileBlank` run: a stray PgDn must not move the hidden picture.
 */
export const COMMANDS = [
  {
    id: 'togglePlay',
    label: (s) => (s.playing ? 'ui.cmd.pause' : 'ui.cmd.play'),
    keys: [{ key: ' ' }, { key: 'k' }],
    enabled: (s, t) => {
      const r = getPlayRange(s, t.length);
      return r.last > r.first;
    },
    perform: (store) => store.getState().togglePlay(),
  },
  {
    id: 'restart',
    label: () => 'ui.cmd.restart',
    keys: [{ key: 'Home' }],
    enabled: notFirst,
    perform: (store) => store.getState().restart(),
  },
  {
    id: 'prevSyscall',
    label: () => 'ui.cmd.prevSyscall',
    keys: [{ key: 'ArrowLeft', shift: true }],
    enabled: (s, t) => notFirst(s, t) && hasSyscalls(t),
    perform: (store) => stepping(store, -1, 'syscall'),
  },
  {
    // A presenter's clicker walks a guided lesson's stops when one is open (issue 19).
    id: 'prevStop',
    label: () => 'classroom.lesson.prev',
    keys: [{ key: 'PageUp', shift: false }],
    active: presentingLesson,
    enabled: (s) => s.stop > 0,
    perform: (store) => store.getState().goStop(store.getState().stop - 1),
  },
  {
    id: 'nextStop',
    label: () => 'classroom.lesson.next',
    keys: [{ key: 'PageDown', shift: false }],
    active: presentingLesson,
    enabled: (s) => s.lesson !== null && s.stop < s.lesson.stops.length - 1,
    perform: (store) => store.getState().goStop(store.getState().stop + 1),
  },
  {
    // A presenter's clicker moves through the chapters (the range's ends count as the first and last).
    id: 'prevChapter',
    label: () => 'playback.cmd.prevChapter',
    keys: [{ key: 'PageUp', shift: false }],
    active: presentingChapters,
    enabled: notFirst,
    perform: (store) => {
      if (!store.getState().jumpChapter(-1)) store.getState().restart();
    },
  },
  {
    id: 'nextChapter',
    label: () => 'playback.cmd.nextChapter',
    keys: [{ key: 'PageDown', shift: false }],
    active: presentingChapters,
    enabled: notLast,
    perform: (store) => {
      if (!store.getState().jumpChapter(1)) store.getState().end();
    },
  },
  {
    id: 'stepBack',
    label: () => 'ui.cmd.stepBack',
    keys: [
      { key: 'ArrowLeft', shift: false },
      { key: 'PageUp', shift: false },
    ],
    enabled: notFirst,
    perform: (store) => stepping(store, -1),
  },
  {
    id: 'stepForward',
    label: () => 'ui.cmd.stepForward',
    keys: [
      { key: 'ArrowRight', shift: false },
      { key: 'PageDown', shift: false },
    ],
    enabled: notLast,
    perform: (store) => stepping(store, 1),
  },
  {
    id: 'nextSyscall',
    label: () => 'ui.cmd.nextSyscall',
    keys: [{ key: 'ArrowRight', shift: true }],
    enabled: (s, t) => notLast(s, t) && hasSyscalls(t),
    perform: (store) => stepping(store, 1, 'syscall'),
  },
  {
    id: 'end',
    label: () => 'ui.cmd.end',
    keys: [{ key: 'End' }],
    enabled: notLast,
    perform: (store) => store.getState().end(),
  },
  {
    id: 'slower',
    label: () => 'ui.cmd.slower',
    keys: [{ key: '-' }, { key: '_' }],
    active: notPresenting,
    enabled: (s) => s.speed !== SPEEDS[0],
    perform: (store) => store.getState().changeSpeed(-1),
  },
  {
    id: 'faster',
    label: () => 'ui.cmd.faster',
    keys: [{ key: '+' }, { key: '=' }],
    active: notPresenting,
    enabled: (s) => s.speed !== SPEEDS[SPEEDS.length - 1],
    perform: (store) => store.getState().changeSpeed(1),
  },
  {
    // Presenter mode: the type grows for the back row (`scale`, 1–3).
    id: 'zoomOut',
    label: () => 'playback.cmd.zoomOut',
    keys: [{ key: '-' }, { key: '_' }],
    active: presenting,
    enabled: (s) => s.scale > SCALE_MIN,
    perform: (store) => store.getState().zoom(-1),
  },
  {
    id: 'zoomIn',
    label: () => 'playback.cmd.zoomIn',
    keys: [{ key: '+' }, { key: '=' }],
    active: presenting,
    enabled: (s) => s.scale < SCALE_MAX,
    perform: (store) => store.getState().zoom(1),
  },
  {
    // Clickers send B or '.' for "black screen" (PowerPoint's keys).
    id: 'toggleBlank',
    label: (s) => (s.blank ? 'share.cmd.unblank' : 'share.cmd.blank'),
    keys: [{ key: 'b' }, { key: 'B' }, { key: '.' }],
    enabled: presenting,
    whileBlank: true,
    perform: (store) => store.getState().toggleBlank(),
  },
  {
    id: 'leavePresenter',
    label: () => 'share.cmd.leavePresenter',
    keys: [{ key: 'Escape' }],
    enabled: presenting,
    whileBlank: true,
    perform: (store) => store.getState().leavePresenter(),
  },
] as const satisfies readonly Command[];

export type CommandId = (typeof COMMANDS)[number]['id'];

export function getCommand(id: CommandId): Command {
  return COMMANDS.find((c) => c.id === id)!;
}

/**
 * The command a key press runs in `state`, if any (modifier chords other than Shift are left to the browser).
 */
export function findCommand(
  e: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>,
  state: AppState,
): Command | undefined {
  if (e.ctrlKey || e.metaKey || e.altKey) return undefined;
  return COMMANDS.find(
    (c: Command) =>
      (c.active?.(state) ?? true) &&
      c.keys.some((k: KeyBinding) => k.key === e.key && (k.shift === undefined || k.shift === e.shiftKey)),
  );
}

/**
 * Runs a command if it is enabled now and, while the screen is blanked, allowed then (the buttons stay
 * enabled, so a focused one keeps its focus); returns whether it ran.
 */
export function runCommand(command: Command, store: AppStore): boolean {
  const state = store.getState();
  if (state.blank && !command.whileBlank) return false;
  // Before the first run arrives from the worker there is nothing to step, play or share.
  if (!state.runReady) return false;
  if (!command.enabled(state, selectTrace(state))) return false;
  command.perform(store);
  return true;
}

/** A readable shortcut for tooltips: "Shift+→". */
export function describeKeys(command: Command): string {
  const names: Record<string, string> = { ' ': 'Space', ArrowLeft: '←', ArrowRight: '→' };
  return command.keys
    .map((k: KeyBinding) => `${k.shift ? 'Shift+' : ''}${names[k.key] ?? k.key}`)
    .join(' / ');
}
