// The shape of a real-Linux capture (tests/fidelity/fixtures/*.json), written by scripts/capture.ts
// and read by the fidelity test and scripts/fidelity-table.ts.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface Faults {
  minor: number;
  major: number;
}

export interface FaultStep extends Faults {
  process: string;
  step: string;
}

export interface Fixture {
  scenario: string;
  /** The params joined as in the file name, e.g. `file=10000.loop=eof.cache=cold`. */
  variant: string;
  /** DESIGN §4 parameter names, raw strings as on the CLI or in a URL; absent ones are defaults. */
  params: Record<string, string>;
  /** The capture program and its arguments (paths relative to the repository). */
  program: string;
  /** The data-path window of the strace, in normal form (tests/fidelity/normalise.ts). */
  strace: string[];
  /** How the program ended: `exited with 0`, `exited with 1`, `killed by SIGSEGV`. */
  exit: string;
  /** getrusage deltas around the window, in an un-traced run (strace's reads of buffers fault too). */
  pageFaults: Faults;
  /** cow-fork: the delta around each single store, per process. */
  pageFaultSteps?: FaultStep[];
  /** cow-fork: the window per process (P2: its whole life), incidental faults included. */
  pageFaultsByProcess?: Record<string, Faults>;
  /** kernel-access: what the un-traced run's SIGSEGV handler received. */
  signal?: { siCode: number; siAddr: string };
  /** Resident pages of the file (mincore) just before and after the window: proves cold or warm, and
   * shows what the run left in the page cache (O_DIRECT: nothing). */
  pageCache?: { before: number; after: number; pages: number };
  /** The file the program wrote (issue 16), just after the window: its pages, those in the page cache, and
   * those still dirty or under writeback (PG_dirty, PG_writeback from /proc/kpageflags; needs root). */
  written?: { pages: number; cached: number; dirty: number; writeback: number };
  /** Bytes the receiving end got (and checked against the file). */
  bytesReceived?: number;
  kernel: string;
  filesystem: string;
  capturedAt: string;
}

export const FIXTURE_DIR = path.resolve(import.meta.dirname, 'fixtures');

const PARAM_ORDER = [
  'arch',
  'file',
  'buf',
  'bufoff',
  'loop',
  'method',
  'cache',
  'sync',
  'pages',
  'batch',
  'sqpoll',
  'op',
  'nic',
  'preset',
];

/** Pure: `file=10000.loop=eof.cache=cold` from the params, in a fixed key order. */
export function variantOf(params: Record<string, string>): string {
  const keys = Object.keys(params).sort((a, b) => PARAM_ORDER.indexOf(a) - PARAM_ORDER.indexOf(b));
  return keys.map((k) => `${k}=${params[k]}`).join('.');
}

export function fixtureFileName(scenario: string, params: Record<string, string>): string {
  return `${scenario}.${variantOf(params)}.json`;
}

/** Every committed fixture, sorted by file name; `name` is the file name without `.json`. */
export function loadFixtures(dir = FIXTURE_DIR): { name: string; fixture: Fixture }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({
      name: f.slice(0, -'.json'.length),
      fixture: JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Fixture,
    }));
}
