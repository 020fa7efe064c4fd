import { useSyncExternalStore } from 'react';
import { subscribeUpdates, updateWaiting } from './updates';

/** Whether a new version of the app is installed and waiting for the user (the banner shows then). */
export function useUpdateWaiting(): boolean {
  return useSyncExternalStore(subscribeUpdates, updateWaiting, () => false);
}
