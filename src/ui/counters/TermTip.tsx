import { useId, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

/**
 * A dotted term and its definition: shown on hover and keyboard focus as a tip above the page (a portal,
 * so no panel's containment cuts it off), and always the button's accessible description. `children` is
 * the button's content; `onClick` keeps the button's own action (a tap shows the definition there).
 */
export function TermTip({
  definition,
  children,
  className,
  expanded,
  onClick,
}: {
  /** Undefined until the definitions have loaded: then the term is a plain button. */
  definition: string | undefined;
  children: ReactNode;
  className: string;
  expanded?: boolean;
  onClick(): void;
}) {
  const id = useId();
  const [at, setAt] = useState<{ left: number; top: number; below: boolean } | null>(null);
  const show = (el: HTMLElement) => {
    if (!definition) return;
    const r = el.getBoundingClientRect();
    // Above the term, unless too near the top of the window.
    const below = r.top < 120;
    setAt({ left: Math.min(r.left, window.innerWidth - 320), top: below ? r.bottom + 6 : r.top - 6, below });
  };
  return (
    <>
      <button
        type="button"
        className={className}
        aria-expanded={expanded}
        aria-describedby={definition ? id : undefined}
        onClick={onClick}
        onMouseEnter={(e) => show(e.currentTarget)}
        onMouseLeave={() => setAt(null)}
        onFocus={(e) => show(e.currentTarget)}
        onBlur={() => setAt(null)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && at) {
            e.stopPropagation();
            setAt(null);
          }
        }}
      >
        {children}
      </button>
      {definition && (
        <span id={id} className="visually-hidden">
          {definition}
        </span>
      )}
      {at &&
        definition &&
        createPortal(
          <div
            className={at.below ? 'term-tip is-below' : 'term-tip'}
            aria-hidden="true"
            style={{ left: Math.max(8, at.left), top: at.top }}
          >
            {definition}
          </div>,
          document.body,
        )}
    </>
  );
}
