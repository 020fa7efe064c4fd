import { useId, type ReactNode } from 'react';
import type { PanelId } from '../state/index';
import { useApp, useAppStore } from './StoreContext';

/**
 * A titled region of the workspace. With `id`, its title is a button that opens and closes it (the state
 * lives in the store's view slice, so a presenter can fold away what the room does not need).
 */
export function Panel({
  title,
  id,
  className,
  actions,
  children,
}: {
  title: string;
  id?: PanelId;
  className?: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const store = useAppStore();
  const open = useApp((s) => (id ? s.panels[id] : true));
  const headingId = useId();
  const bodyId = useId();
  return (
    <section className={`panel ${className ?? ''} ${open ? '' : 'closed'}`} aria-labelledby={headingId}>
      <header className="panel-head">
        <h2 id={headingId}>
          {id ? (
            <button
              type="button"
              className="panel-toggle"
              aria-expanded={open}
              aria-controls={bodyId}
              onClick={() => store.getState().togglePanel(id)}
            >
              <span aria-hidden="true" className="chevron">
                {open ? '▾' : '▸'}
              </span>{' '}
              {title}
            </button>
          ) : (
            title
          )}
        </h2>
        {open && actions}
      </header>
      {open && (
        <div className="panel-body" id={bodyId}>
          {children}
        </div>
      )}
    </section>
  );
}
