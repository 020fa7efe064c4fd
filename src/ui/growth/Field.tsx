import { useId, type ReactNode } from 'react';

/** A labelled control: the label names the control alone (not the control's own text as well). */
export function Field({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="growth-field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}
