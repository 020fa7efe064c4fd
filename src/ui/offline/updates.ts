/**
 * The service worker's news for the page: a new version is waiting (the user decides when to reload) and how to
 * apply it. Kept outside the store: it is about the app, not about a run or a link.
 */
type Listener = () => void;

let waiting: ((reload: boolean) => Promise<void>) | null = null;
const listeners = new Set<Listener>();

function changed(): void {
  for (const l of listeners) l();
}

export function subscribeUpdates(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether a new version is installed and waiting for the user's go-ahead. */
export function updateWaiting(): boolean {
  return waiting !== null;
}

/** Activates the waiting version and reloads the page (only on the user's click). */
export function applyUpdate(): void {
  void waiting?.(true);
}

/** The user chose "Later": the banner goes; the new version starts on the next visit. */
export function dismissUpdate(): void {
  waiting = null;
  changed();
}

/**
 * Registers the service worker once the page is idle (workbox-window stays out of the first load). In `vite
 * dev` the plugin serves no worker and this does nothing.
 */
export function registerOffline(): void {
  if (!('serviceWorker' in navigator)) return;
  const idle = window.requestIdleCallback ?? ((f: () => void) => window.setTimeout(f, 2000));
  idle(() => {
    void import('virtual:pwa-register').then(({ registerSW }) => {
      const update = registerSW({
        onNeedRefresh() {
          waiting = update;
          changed();
        },
      });
    });
  });
}
