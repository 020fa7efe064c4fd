import { decodeGrowthHash, encodeGrowthHash, type DecodedGrowth, type GrowthState } from './growthLink';

/**
 * The growth page's address bar: read once when the page opens, then rewritten (replaced, not pushed: the
 * chart's settings are not steps to go Back through) whenever the chart changes.
 */
export function readGrowthLink(win: Window = window): DecodedGrowth {
  return decodeGrowthHash(win.location.hash);
}

export function writeGrowthLink(state: GrowthState, win: Window = window): string {
  const hash = encodeGrowthHash(state);
  if (hash !== win.location.hash) {
    try {
      win.history.replaceState(null, '', hash);
    } catch {
      // A sandboxed frame may refuse; the chart works on, the address bar lags.
    }
  }
  return win.location.href.split('#')[0]! + hash;
}

/** Opens another page of the app (a run, or the workspace's last state) in this tab. */
export function openHash(hash: string, win: Window = window): void {
  win.location.hash = hash;
}
