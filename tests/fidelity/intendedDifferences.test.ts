// The machine-readable list of intended differences and its human version stay in step, and every
// entry still matters to at least one fixture.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFixtures } from './fixture';
import { INTENDED_DIFFERENCES, rewritesOf } from './intendedDifferences';

const doc = readFileSync(path.resolve(import.meta.dirname, '../../docs/fidelity-differences.md'), 'utf8');
const fixtures = loadFixtures();

describe('intended differences', () => {
  it('are each explained in docs/fidelity-differences.md, and only those', () => {
    const headings = [...doc.matchAll(/^### `([\w-]+)`/gm)].map((m) => m[1]);
    expect(headings.sort()).toEqual(INTENDED_DIFFERENCES.map((d) => d.id).sort());
  });

  it.each(INTENDED_DIFFERENCES.map((d) => [d.id, d] as const))(
    '%s still matches what the captures hold',
    (_id, d) => {
      const hits = fixtures.filter(({ name, fixture }) => {
        if (!d.fixtures.test(name)) return false;
        if (d.field === 'pageFaults') return true;
        // Each of its patterns (every rewrite of a list) must still occur in the capture.
        const patterns = d.ignoreLines ? [d.ignoreLines] : rewritesOf(d).map((r) => r.from);
        return patterns.length > 0 && patterns.every((p) => fixture.strace.some((l) => p.test(l)));
      });
      expect(hits.length).toBeGreaterThan(0);
    },
  );
});
