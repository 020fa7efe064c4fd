import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * A modal <dialog> (showModal: the page behind is inert, Esc closes, focus stays inside), labelled by its
 * title, handing focus back to what opened it. The Export dialog uses it rather than share/Modal so its lazy
 * chunk shares no module with the page's entry (see exportKit.ts).
 */
export function DialogFrame({
  title,
  onClose,
  className,
  children,
}: {
  title: string;
  onClose(): void;
  className?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog?.showModal();
    return () => {
      dialog?.close();
      opener?.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={`modal ${className ?? ''}`}
      aria-labelledby={titleId}
      onCancel={(e) => {
        // Esc: React unmounts the dialog (the effect closes it), so it is never closed behind React's back.
        e.preventDefault();
        onClose();
      }}
      onKeyDown={(e) => {
        // The app's keys (Esc leaves presenter mode, Space plays) stay out of the dialog.
        if (e.key === 'Escape') {
          e.preventDefault();
          onClose();
        }
        e.stopPropagation();
      }}
    >
      <h2 id={titleId} className="modal-title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
