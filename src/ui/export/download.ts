/** Saves `blob` as `name` through the browser's download (no server involved). */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // The download has its own copy once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name for an export: scenario, step(s), a kind suffix; only safe characters. */
export function exportFileName(scenario: string | null, what: string, ext: string): string {
  const base = `data-path-lab-${scenario ?? 'program'}-${what}`.replace(/[^a-zA-Z0-9._-]/g, '-');
  return `${base}.${ext}`;
}
