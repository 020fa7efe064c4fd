import { useEffect, useState, type RefObject } from 'react';

/** Presenter controls hide after this long without pointer movement. */
export const IDLE_MS = 2500;

/** Keyboard focus (not a mouse click) inside `el`: Tab reached a control, so it must stay visible. */
function keyboardFocusInside(el: HTMLElement | null): boolean {
  const active = document.activeElement;
  if (!el || !(active instanceof HTMLElement) || !el.contains(active)) return false;
  try {
    return active.matches(':focus-visible');
  } catch {
    return true;
  }
}

/**
 * Whether the presenter's controls should show: after a pointer move, press or wheel, for IDLE_MS; and for
 * as long as keyboard focus is inside `controls` (focusing one shows them at once). Clicker keys (PgDn, B)
 * do not wake them: the audience should see the machine, not the buttons.
 */
export function useIdleControls(controls: RefObject<HTMLElement | null>, ms = IDLE_MS): boolean {
  const [shown, setShown] = useState(true);
  useEffect(() => {
    let timer: number | undefined;
    const hideLater = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        if (keyboardFocusInside(controls.current)) return;
        setShown(false);
      }, ms);
    };
    const wake = () => {
      setShown(true);
      hideLater();
    };
    const onFocusIn = () => {
      if (keyboardFocusInside(controls.current)) wake();
    };
    const onFocusOut = () => hideLater();
    hideLater();
    window.addEventListener('pointermove', wake);
    window.addEventListener('pointerdown', wake);
    window.addEventListener('wheel', wake, { passive: true });
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('focusout', onFocusOut);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('pointermove', wake);
      window.removeEventListener('pointerdown', wake);
      window.removeEventListener('wheel', wake);
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('focusout', onFocusOut);
    };
  }, [controls, ms]);
  return shown;
}
