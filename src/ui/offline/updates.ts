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
 * Registers the service worker (workbox-window stays out of the first load). `schedule` says when: the app
 * waits for its first run to be on screen, since precaching fetches the whole app. In `vite dev` the plugin
 * serves no worker and this does nothing.
 */
export function registerOffline(schedule: (register: () => void) => void): void {
  if (!('serviceWorker' in navigator)) return;
  schedule(() => {
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
