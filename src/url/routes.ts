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
