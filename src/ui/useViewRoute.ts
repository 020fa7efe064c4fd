import { useSyncExternalStore } from 'react';
import { isCompareHash } from '../url/routes';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  window.addEventListener('popstate', onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener('popstate', onChange);
  };
}

/** Whether the address is compare mode's (`#/compare?…`): the app then shows that view instead of its run. */
export function useCompareRoute(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => isCompareHash(window.location.hash),
    () => false,
  );
}
