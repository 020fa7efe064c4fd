import { pickLocale, type Locale } from '../i18n/index';
import type { Params, ScenarioId, StepUnit } from '../sim/index';
import { decodeHash, defaultTheme, encodeHash, type Decoded } from './codec';
import { readDraft, saveDraft } from './draftStorage';
import { isProgramHash, loadProgramCodec, programCodec } from './programCodec';
import { isViewRoute } from './routes';
import { DEFAULT_MODES, type LinkState, type Notice, type Speed, type Theme } from './fields';

/** The store as the URL adapter sees it (structural, so src/url does not import src/state). */
interface SyncState extends LinkState {
  readonly playing: boolean;
  /** The program editor's text and whether it is open: saved on every change, restored on start. */
  readonly draft: string;
  readonly editing: boolean;
  openDraft(text: string, editing: boolean): void;
  /** True when applied at once; a promise when the run is still being built (true once applied). */
  restore(state: LinkState, notices?: readonly Notice[]): boolean | Promise<boolean>;
}
interface SyncStore {
  getState(): SyncState;
  subscribe(listener: (state: SyncState, prev: SyncState) => void): () => void;
}

export const STORAGE_KEY = 'data-path-lab:last';
/**
 * Step and view changes rewrite the current history entry at most this often, playing or not: the address
 * bar follows the step, within Safari's limit of 100 history calls in 30 s.
 */
const REPLACE_DELAY_MS = 400;

export interface UrlSyncOptions {
  readonly win?: Window;
  readonly storage?: Pick<Storage, 'getItem' | 'setItem'> | null;
}

/** What the share UI needs from the adapter. */
export interface LinkSource {
  /** Writes the current state to the address bar now (not throttled) and returns the whole link. */
  currentLink(): string;
  /** The page's address without the hash (where an embed's iframe points). */
  baseUrl(): string;
}

/** localStorage, or null where reading it throws (sandboxed iframes, some private modes). */
function safeStorage(win: Window): Storage | null {
  try {
    return win.localStorage;
  } catch {
    return null;
  }
}

function readSaved(storage: UrlSyncOptions['storage']): Decoded | undefined {
  try {
    const saved = storage?.getItem(STORAGE_KEY);
    return saved ? decodeHash(saved) : undefined;
  } catch {
    return undefined;
  }
}

function toState(d: Decoded, saved: Decoded | undefined, browser: readonly string[]): LinkState {
  const modes = { ...DEFAULT_MODES, ...d.modes };
  // An embed looks the way its author made it, whatever the reader chose on the full site.
  const pref = modes.embed ? {} : (saved?.view ?? {});
  const locale: Locale = d.view.locale ?? pickLocale(null, pref.locale, browser);
  return {
    ...modes,
    scenario: d.scenario as ScenarioId,
    params: d.params as Params,
    program: d.program,
    step: d.step,
    locale,
    // Presenter mode opens in the projector theme unless the link names one.
    theme: (d.view.theme ?? (modes.present ? defaultTheme(true) : (pref.theme ?? 'light'))) as Theme,
    speed: (d.view.speed ?? pref.speed ?? 1) as Speed,
    unit: (d.view.unit ?? pref.unit ?? 'event') as StepUnit,
    // The pane belongs to a link (what the sender was showing), not to the reader's preferences.
    pane: d.view.pane ?? 'machine',
  };
}

/**
 * The only code that touches location, history and localStorage. On start: a link wins; a plain visit
 * restores the last state; a first visit keeps the defaults. Then scenario/parameter changes push a history
 * entry, step and view changes replace the current one (throttled, also while playing), every write is saved,
 * and back/forward or a hand-edited hash restore the state it names. Returns how the state was chosen and a
 * stop function.
 */
export function startUrlSync(
  store: SyncStore,
  { win = window, storage = safeStorage(win) }: UrlSyncOptions = {},
): { readonly source: 'link' | 'saved' | 'none'; stop(): void } & LinkSource {
  const browser = win.navigator?.languages ?? [];
  let written = '';
  let applying = false;
  let timer: number | undefined;
  let lastWrite = -Infinity;

  const baseUrl = () => win.location.href.split('#')[0]!;
  const write = (push: boolean) => {
    if (timer !== undefined) win.clearTimeout(timer);
    timer = undefined;
    lastWrite = Date.now();
    const state = store.getState();
    const hash = encodeHash(state);
    written = hash;
    // An embed is a guest on someone else's page: it keeps no "last state" (that belongs to the full
    // site) and never pushes history (the host page's Back button would step the iframe instead).
    try {
      if (!state.embed) storage?.setItem(STORAGE_KEY, hash);
    } catch {
      // Private mode or a full quota: the link still works, only the restore on a plain visit is lost.
    }
    // Compare mode (another view's route) owns the address bar while it is open.
    if (hash === win.location.hash || isViewRoute(win.location.hash)) return;
    try {
      if (push && !state.embed) win.history.pushState(null, '', hash);
      else win.history.replaceState(null, '', hash);
    } catch {
      // A sandboxed frame without same-origin rights may refuse: the app works on, the address bar lags.
    }
  };

  // A link whose run is still being built: the address bar keeps that link meanwhile, and once the build ends
  // (applied, cancelled or failed) shows the state the app is really in.
  let awaiting: Promise<boolean> | undefined;
  const apply = (d: Decoded) => {
    applying = true;
    let result: boolean | Promise<boolean>;
    try {
      result = store.getState().restore(toState(d, readSaved(storage), browser), d.notices);
    } finally {
      applying = false;
    }
    if (typeof result === 'boolean') {
      awaiting = undefined;
      write(false);
      return;
    }
    const pending = result;
    awaiting = pending;
    void pending.then(() => {
      if (awaiting !== pending) return;
      awaiting = undefined;
      write(false);
    });
  };

  // Under another view's route the app's own run is the last state (a plain visit), ready for the way back.
  const initial = decodeHash(isViewRoute(win.location.hash) ? '' : win.location.hash);
  // The editor's text first (a link's program, applied next, replaces it when it opens); an embed is a guest
  // on another page and has no editor.
  const draft = initial.modes.embed ? null : readDraft(storage);
  if (draft) store.getState().openDraft(draft.text, draft.editing);

  const saved = initial.route ? undefined : readSaved(storage);
  let source: 'link' | 'saved' | 'none' = 'none';
  if (initial.route) {
    source = 'link';
    apply(initial);
  } else if (saved?.route) {
    source = 'saved';
    // A saved state was written by us; if it no longer validates, start clean rather than explain.
    apply({ ...saved, notices: [] });
  } else {
    apply({ ...initial, view: {} });
  }

  const unsubscribe = store.subscribe((s, prev) => {
    // Nothing typed is lost on reload: every edit is saved at once (a program is at most 64 KiB).
    if ((s.draft !== prev.draft || s.editing !== prev.editing) && !s.embed)
      saveDraft(storage, { text: s.draft, editing: s.editing });
    if (applying || awaiting) return;
    if (s.scenario !== prev.scenario || s.params !== prev.params || s.program !== prev.program) {
      write(true);
      return;
    }
    const viewChanged =
      s.step !== prev.step ||
      s.locale !== prev.locale ||
      s.theme !== prev.theme ||
      s.speed !== prev.speed ||
      s.unit !== prev.unit ||
      s.pane !== prev.pane ||
      s.from !== prev.from ||
      s.to !== prev.to ||
      s.chapters !== prev.chapters ||
      s.embed !== prev.embed ||
      s.present !== prev.present ||
      s.scale !== prev.scale ||
      s.controls !== prev.controls ||
      s.narration !== prev.narration ||
      s.autoplay !== prev.autoplay ||
      s.loop !== prev.loop ||
      s.pauseAt !== prev.pauseAt ||
      s.playing !== prev.playing;
    if (!viewChanged || timer !== undefined) return;
    // Throttled, not debounced: the first change after a quiet spell is written at once, then at most
    // every REPLACE_DELAY_MS (the last change always lands).
    const wait = Math.max(0, lastWrite + REPLACE_DELAY_MS - Date.now());
    timer = win.setTimeout(() => write(false), wait);
  });

  const onNavigate = () => {
    const hash = win.location.hash;
    if (hash === written || isViewRoute(hash)) return;
    // A program's link typed or navigated to: read it once its codec is here.
    if (isProgramHash(hash) && !programCodec()) {
      void loadProgramCodec().then(onNavigate);
      return;
    }
    const d = decodeHash(hash);
    if (d.route) apply(d);
  };
  win.addEventListener('popstate', onNavigate);
  win.addEventListener('hashchange', onNavigate);

  return {
    source,
    baseUrl,
    currentLink() {
      write(false);
      return baseUrl() + written;
    },
    stop() {
      unsubscribe();
      if (timer !== undefined) win.clearTimeout(timer);
      win.removeEventListener('popstate', onNavigate);
      win.removeEventListener('hashchange', onNavigate);
    },
  };
}
