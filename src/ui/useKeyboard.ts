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

/** A dialog (the gallery, the Embed dialog) has its own keys: arrows, Space and Esc belong to it. */
function inDialog(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('[role="dialog"], dialog') !== null;
}

/**
 * A button clicked with the pointer lets go of the focus, so the next Space plays or pauses instead of
 * pressing 简体中文 or a theme again. Keyboard users keep theirs (a key's click has detail 0), and so do
 * buttons in dialogs and the buttons that open one, whose focus is managed.
 */
function dropPointerFocus(e: MouseEvent): void {
  if (e.detail === 0 || !(e.target instanceof Element)) return;
  const button = e.target.closest('button');
  // A dialog's opener keeps it: the dialog hands the focus back to it on closing.
  if (!button || button.hasAttribute('aria-haspopup') || inDialog(button)) return;
  if (button === document.activeElement) button.blur();
}

/** Feeds key presses anywhere in the page to the command registry (not while another view, compare mode, has the page). */
export function useKeyboard(store: AppStore, enabled = true): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || ownsKeys(e.target, e.key) || activates(e) || inDialog(e.target)) return;
      // While the gallery covers the workspace, the run under it does not move.
      if (store.getState().panels.gallery) return;
      const command = findCommand(e, store.getState());
      if (!command) return;
      // Also stops arrows and Space from scrolling the page.
      e.preventDefault();
      runCommand(command, store);
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('click', dropPointerFocus);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('click', dropPointerFocus);
    };
  }, [store, enabled]);
}
