import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';
import type * as PlaywrightCore from 'playwright-core';

/** Program names a Chromium or Chrome goes by on a PATH, most likely first. */
const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
const MAC_CHROME = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';

/** What `npm test` prints, as its only line, when it finds no browser and cannot install one. */
export const INSTALL_HINT =
  'npm test needs Chromium for its end-to-end tests and found none: install it (Debian/Ubuntu: `sudo apt-get install -y chromium`; other systems: `npx playwright install chromium`) or set CHROMIUM_PATH to a Chromium or Chrome executable.';

export interface SearchPlaces {
  /** CHROMIUM_PATH, when set: the user's explicit choice, the only candidate. */
  readonly chosen?: string;
  /** The directories of PATH. */
  readonly pathDirs: readonly string[];
  /** Where Playwright keeps the Chromium it downloads (`npx playwright install chromium`), if it knows. */
  readonly playwright?: string;
}

/**
 * Every place a browser may be, in the order they are tried: CHROMIUM_PATH alone when it is set; else Debian's
 * /usr/bin/chromium, the usual names on PATH, Chrome on macOS, then Playwright's own download. Pure.
 */
export function browserCandidates({ chosen, pathDirs, playwright }: SearchPlaces): string[] {
  if (chosen) return [chosen];
  const onPath = NAMES.flatMap((name) => pathDirs.filter((d) => d !== '').map((d) => join(d, name)));
  const all = ['/usr/bin/chromium', ...onPath, MAC_CHROME, ...(playwright ? [playwright] : [])];
  return [...new Set(all)];
}

/** The first candidate that is an executable file. Pure but for `isExecutable`. */
export function chooseBrowser(
  candidates: readonly string[],
  isExecutable: (path: string) => boolean,
): string | undefined {
  return candidates.find((path) => isExecutable(path));
}

export interface System {
  readonly platform: string;
  /** The user id (undefined where there is none, e.g. Windows). */
  readonly uid: number | undefined;
  /** /etc/os-release's text, if the file exists. */
  readonly osRelease: string | undefined;
  readonly hasAptGet: boolean;
}

/** Debian or Ubuntu (or a derivative that says so in os-release), running as root, with apt-get. Pure. */
export function canInstallWithApt({ platform, uid, osRelease, hasAptGet }: System): boolean {
  if (platform !== 'linux' || uid !== 0 || !hasAptGet || osRelease === undefined) return false;
  const field = (name: string) =>
    new RegExp(`^${name}=["']?([^"'\\n]*)`, 'm').exec(osRelease)?.[1]?.toLowerCase() ?? '';
  const ids = `${field('ID')} ${field('ID_LIKE')}`.split(/\s+/);
  return ids.includes('debian') || ids.includes('ubuntu');
}

/** The commands that install Debian's Chromium, as `npm test` runs and prints them. */
export const APT_COMMANDS: readonly (readonly string[])[] = [
  ['apt-get', '-o', 'DPkg::Lock::Timeout=300', 'update'],
  ['apt-get', '-o', 'DPkg::Lock::Timeout=300', 'install', '-y', 'chromium'],
];

export type BrowserPlan =
  { readonly use: string } | { readonly install: readonly (readonly string[])[] } | { readonly stop: string };

/**
 * What `npm test` does about the browser: use the one found; else install Debian's Chromium where it can (root on
 * Debian/Ubuntu, and no CHROMIUM_PATH asking for a particular one); else stop with one line saying what to
 * install. Pure.
 */
export function planBrowser(
  found: string | undefined,
  chosen: string | undefined,
  system: System,
): BrowserPlan {
  if (found) return { use: found };
  if (chosen) return { stop: `CHROMIUM_PATH=${chosen} is not an executable file. ${INSTALL_HINT}` };
  if (canInstallWithApt(system)) return { install: APT_COMMANDS };
  return { stop: INSTALL_HINT };
}

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Playwright's download location for its Chromium (the file may not exist). */
function playwrightChromium(): string | undefined {
  try {
    // Synchronous, so the Playwright config can call this; resolved from the project's node_modules.
    const load = createRequire(join(process.cwd(), 'package.json'));
    const { chromium } = load('playwright-core') as typeof PlaywrightCore;
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** This machine's browser, searched as browserCandidates says. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const places: SearchPlaces = {
    chosen: env.CHROMIUM_PATH || undefined,
    pathDirs: (env.PATH ?? '').split(delimiter),
    playwright: playwrightChromium(),
  };
  return chooseBrowser(browserCandidates(places), isExecutableFile);
}

/** This machine, as canInstallWithApt sees it. */
export function thisSystem(env: NodeJS.ProcessEnv = process.env): System {
  const pathDirs = (env.PATH ?? '').split(delimiter).filter((d) => d !== '');
  return {
    platform: process.platform,
    uid: process.getuid?.(),
    osRelease: existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : undefined,
    hasAptGet: pathDirs.some((d) => isExecutableFile(join(d, 'apt-get'))),
  };
}
