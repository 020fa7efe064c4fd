import { useEffect } from 'react';
import type { AppStore } from '../state/index';
import { findCommand, runCommand } from './commands';

/**
 * Text fields and selects keep their own keys; the scrubber (a range input) follows the app's keys; a
 * checkbox keeps only Space (so a clicker's B still blanks while the presenter's checkbox has focus).
 */
function ownsKeys(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLInputElement) {
    if (target.type === 'checkbox' || target.type === 'radio') return key === ' ';
    return target.type !== 'range';
  }
  return target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

/** Space and Enter on a focused button, link or summary activate it, as everywhere else on the web. */
function activates(e: KeyboardEvent): boolean {
  if (e.key !== ' ' && e.key !== 'Enter') return false;
  return (
    e.target instanceof HTMLElement && e.target.closest('button, a[href], summary, [role="button"]') !== null
  );
}

/** Feeds key presses anywhere in the page to the command registry. */
export function useKeyboard(store: AppStore): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || ownsKeys(e.target, e.key) || activates(e)) return;
      const command = findCommand(e);
      if (!command) return;
      // Also stops arrows and Space from scrolling the page.
      e.preventDefault();
      runCommand(command, store);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}
