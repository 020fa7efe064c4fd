import { isGrowthHash } from './growthRoute';

/**
 * The pages of their own — today the growth charts (`#/growth`) — versus the workspace. Moving between them
 * (a link clicked, Back, a hand-edited hash) reloads the document, so each page starts the way a link opens
 * it. Registered before startUrlSync, the listener stops the workspace's own listeners from reading a hash
 * that is not theirs.
 */
export function reloadOnPageChange(win: Window = window): void {
  const pageOf = (hash: string) => (isGrowthHash(hash) ? 'growth' : 'workspace');
  const page = pageOf(win.location.hash);
  const onNavigate = (event: Event) => {
    if (pageOf(win.location.hash) === page) return;
    event.stopImmediatePropagation();
    win.location.reload();
  };
  win.addEventListener('popstate', onNavigate);
  win.addEventListener('hashchange', onNavigate);
}
