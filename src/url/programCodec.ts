/**
 * The program-in-a-link codec (programLink.ts, with fflate) loads on demand: only a page that opens a program
 * link, restores one, or opens the editor needs it; fflate stays out of the initial JavaScript (DESIGN §9).
 */
import { loadEditorMessages } from '../i18n/index';

type Codec = typeof import('./programLink'); // eslint-disable-line @typescript-eslint/consistent-type-imports -- the module loads on demand: a type import of it would still name it

/**
 * The longest `src=` a program's link may carry: 16,000 base64url characters (12,000 bytes of deflated text,
 * a few hundred lines of program). A longer one is refused, not cut: a cut program would be another program.
 */
export const MAX_SRC_CHARS = 16_000;

let codec: Codec | undefined;
let loading: Promise<void> | undefined;

/** The codec once loaded (loadProgramCodec); until then a program's link cannot be written or read. */
export function programCodec(): Codec | undefined {
  return codec;
}

export function loadProgramCodec(): Promise<void> {
  // With the English notices about a link's program (the codec is what can raise them).
  loading ??= Promise.all([import('./programLink'), loadEditorMessages()]).then(([m]) => {
    codec = m;
  });
  return loading;
}

/** Whether a hash (or a saved state) is a program's link: `#/program?…`. */
export function isProgramHash(hash: string | null | undefined): boolean {
  return /^#?\/*program(\?|\/|$)/.test(hash ?? '');
}

/**
 * Loads the codec when the page opens a program's link or would restore one (the last state saved under
 * `savedKey`): call before startUrlSync. Never throws; a page without storage simply skips that check.
 */
export async function preloadProgramCodec(win: Window, savedKey: string): Promise<void> {
  let saved: string | null = null;
  try {
    saved = win.localStorage.getItem(savedKey);
  } catch {
    // No storage (a sandboxed frame): only the link itself can be a program's.
  }
  if (isProgramHash(win.location.hash) || isProgramHash(saved)) await loadProgramCodec();
}
