import { useLayoutEffect, useRef, type RefObject } from 'react';

/** Which area a touched element is: its process column and its area (stack, mmap, heap, text, kernel half). */
function identity(el: Element): string {
  const pid = el.closest('[data-pid]')?.getAttribute('data-pid') ?? 'shared';
  return `${pid}:${el.getAttribute('data-area') ?? el.className}`;
}

/**
 * Keeps the area the current step touches in view inside a scrolling pane: when a step touches a different
 * area than the step before and it lies outside the visible part, the pane scrolls to it. Steps that stay in
 * the same area leave the pane where the reader scrolled it.
 */
export function useFollowTouched(pane: RefObject<HTMLElement | null>, step: number): void {
  const last = useRef<string | null>(null);
  useLayoutEffect(() => {
    const root = pane.current;
    const el = root?.querySelector('.mem-touched');
    if (!root || !el) {
      last.current = null;
      return;
    }
    const id = identity(el);
    if (id === last.current) return;
    last.current = id;
    const box = root.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    if (r.top >= box.top && r.bottom <= box.bottom) return;
    // Bring it near the top, with a little of what is above it for context.
    root.scrollBy?.({ top: r.top - box.top - Math.min(48, box.height / 4) });
  }, [pane, step]);
}
