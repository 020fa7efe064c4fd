import { findChromium, INSTALL_HINT } from './scripts/browser/findChromium';

/**
 * The browser the e2e tests, the UI bench and the audit drive: CHROMIUM_PATH, else the first Chromium or Chrome
 * found (Debian's /usr/bin/chromium first; see findChromium). `npm test` installs or asks for one before it
 * gets here, so a missing browser here means a tool was started by hand.
 */
function resolveChromium(): string {
  const found = findChromium();
  if (!found) throw new Error(INSTALL_HINT);
  return found;
}

export const CHROMIUM_PATH = resolveChromium();
/** The flags this machine needs (TOOLCHAIN.md). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1',
];
