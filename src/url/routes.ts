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
