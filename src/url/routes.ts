/** The route of compare mode: `#/compare?a=read-write&b=sendfile&file=1m&by=syscall&step=3`. */
export const COMPARE_ROUTE = 'compare';

/** Whether a hash is a compare link: `#/compare?…`. */
export function isCompareHash(hash: string | null | undefined): boolean {
  return /^#?\/*compare(\?|\/|$)/.test(hash ?? '');
}

/**
 * Hashes that belong to a view of their own (compare mode) rather than to the app's one run: the app's link
 * adapter (urlSync.ts) neither reads them as a scenario nor writes over them. Kept tiny: it is in the initial
 * JavaScript, and the views themselves load on demand.
 */
export function isViewRoute(hash: string | null | undefined): boolean {
  return isCompareHash(hash);
}

/** The run compare mode opens beside a scenario: the traditional path beside zero copy, else beside read-write. */
export function comparePartner(scenario: string): string {
  return scenario === 'read-write' ? 'sendfile' : 'read-write';
}

/** Single-run link fields that carry over to the compare link (its parameters are shared by both runs). */
const VIEW_FIELDS = new Set(['lang', 'theme']);

/**
 * The compare link that opens a single run's link (encodeHash's output) as run A beside `partner`: its
 * parameters written once for both runs (a program's, and its text, for run A only), its language and theme.
 * Pure string work, so the compare codec stays out of the initial JavaScript.
 */
export function compareHashFor(hash: string, partner: string, paramNames: readonly string[]): string {
  const text = hash.replace(/^#\/*/, '');
  const q = text.indexOf('?');
  const path = q >= 0 ? text.slice(0, q) : text;
  const program = path === 'program';
  const out = [program ? 'a=program' : `a=${encodeURIComponent(path)}`, `b=${encodeURIComponent(partner)}`];
  for (const [key, value] of new URLSearchParams(q >= 0 ? text.slice(q + 1) : '')) {
    const v = encodeURIComponent(value);
    if (key === 'base' || key === 'src') out.push(`a.${key}=${v}`);
    else if (paramNames.includes(key)) out.push(program ? `a.${key}=${v}` : `${key}=${v}`);
    else if (VIEW_FIELDS.has(key)) out.push(`${key}=${v}`);
  }
  out.push('by=syscall', 'v=1');
  return `#/${COMPARE_ROUTE}?${out.join('&')}`;
}

/**
 * The link forms main.tsx must tell apart before anything else loads (issue 19), as tiny tests of the hash: the
 * code that reads them loads on demand, outside the initial JavaScript.
 */

/** A problem set's link: `#/problems?seed=42…` (src/url/problemsLink.ts). */
export function isProblemsHash(hash: string | null | undefined): boolean {
  return /^#?\/*problems\/*(\?|$)/.test(String(hash ?? ''));
}

/** A lesson carried in a link: `#/lesson?src=<deflated JSON>[&stop=N][&present=1]` (src/url/lessonLink.ts). */
export function isLessonHash(hash: string | null | undefined): boolean {
  return /^#?\/*lesson(\?|\/|$)/.test(hash ?? '');
}
