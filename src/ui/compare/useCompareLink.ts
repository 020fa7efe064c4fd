import { useEffect } from 'react';
import type { AppStore } from '../../state/index';
import { compareLinkOf, type CompareStore } from '../../state/compareStore';
import { defaultTheme } from '../../url/codec';
import { decodeCompareHash, encodeCompareHash, isCompareHash, type CompareLink } from '../../url/compareLink';
import { loadProgramCodec } from '../../url/programCodec';

/** The address bar follows the position at most this often (as the single-run link's: Safari's history limit). */
const REPLACE_DELAY_MS = 400;

/** The link of what is on screen: the pair, the position, and the app's language and theme. */
export function currentCompareLink(store: CompareStore, app: AppStore): CompareLink {
  const s = store.getState();
  const { locale, theme } = app.getState();
  return {
    ...compareLinkOf(s),
    locale,
    ...(theme !== defaultTheme(s.present) ? { theme } : {}),
  };
}

/**
 * Compare mode's link: on opening (and on Back/Forward or a hand-edited hash) the hash is decoded (what was
 * ignored goes to the app's notice banner) and both runs are built; afterwards every change rewrites the
 * current history entry, throttled. The language and theme are the app's (the header's choices).
 */
export function useCompareLink(store: CompareStore, app: AppStore, win: Window = window): void {
  useEffect(() => {
    let written = '';
    let opened = false;
    let timer: number | undefined;
    let live = true;
    const write = () => {
      timer = undefined;
      if (!live || !opened || !isCompareHash(win.location.hash)) return;
      const hash = encodeCompareHash(currentCompareLink(store, app));
      written = hash;
      if (hash === win.location.hash) return;
      try {
        win.history.replaceState(null, '', hash);
      } catch {
        // A sandboxed frame may refuse: the view works on, the address bar lags.
      }
    };
    const schedule = () => {
      if (timer === undefined) timer = win.setTimeout(write, REPLACE_DELAY_MS);
    };
    const open = async (hash: string) => {
      // A side that is a program needs the program codec (loaded on demand) before it can be read.
      if (/[?&][ab]\.src=/.test(hash)) await loadProgramCodec();
      if (!live) return;
      const { link, notices } = decodeCompareHash(hash);
      const a = app.getState();
      a.dismissNotices();
      a.addNotices(notices);
      if (link.locale) a.setLocale(link.locale);
      // A link's theme wins; presenter mode opens in the projector theme; else the reader's own stays.
      if (link.theme) a.setTheme(link.theme);
      else if (link.present) a.setTheme(defaultTheme(true));
      opened = false;
      await store.getState().open(link);
      opened = true;
      write();
    };
    void open(win.location.hash);
    const unsubCompare = store.subscribe(schedule);
    const unsubApp = app.subscribe((s, prev) => {
      if (s.locale !== prev.locale || s.theme !== prev.theme) schedule();
    });
    const onNavigate = () => {
      const hash = win.location.hash;
      if (isCompareHash(hash) && hash !== written) void open(hash);
    };
    win.addEventListener('hashchange', onNavigate);
    win.addEventListener('popstate', onNavigate);
    return () => {
      live = false;
      if (timer !== undefined) win.clearTimeout(timer);
      unsubCompare();
      unsubApp();
      win.removeEventListener('hashchange', onNavigate);
      win.removeEventListener('popstate', onNavigate);
      store.getState().cancel();
    };
  }, [store, app, win]);
}
