import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Issue 18: one real system's captured data-path window (scripts/captureRealSystems.ts). */
export interface RealFixture {
  readonly name: string;
  readonly scenario: string;
  readonly params: Readonly<Record<string, string>>;
  /** What ran under strace. */
  readonly source: string;
  /** The window's calls, normalised (realSystemsWindow.ts). */
  readonly window: readonly string[];
}

export const REAL_FIXTURE_DIR = path.resolve(import.meta.dirname, 'realSystems');

export function loadRealFixtures(): RealFixture[] {
  return readdirSync(REAL_FIXTURE_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(REAL_FIXTURE_DIR, f), 'utf8')) as RealFixture);
}
