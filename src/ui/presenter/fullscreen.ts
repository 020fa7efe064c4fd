/**
 * Full screen for presenter mode. Browsers grant it only during a user gesture (the Present button), so a
 * `present=1` link opens the presenter layout without it. Both calls ignore refusals (an iframe without
 * allowfullscreen, a browser that says no): the layout works in a window too.
 */
export function requestFullscreen(): void {
  const el = document.documentElement;
  if (document.fullscreenElement || !el.requestFullscreen) return;
  el.requestFullscreen().catch(() => undefined);
}

export function exitFullscreen(): void {
  if (document.fullscreenElement && document.exitFullscreen) document.exitFullscreen().catch(() => undefined);
}
