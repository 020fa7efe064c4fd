// Fidelity (DESIGN §10): for every real-Linux capture in fixtures/, the simulator, given the same
// program and params, must print the same normalised strace lines, count the same page faults and
// leave the same number of file pages cached, apart from the differences listed in
// intendedDifferences.ts (docs/fidelity-differences.md).
// Refresh the captures with `npm run capture` (Linux, x86-64, cc and strace).
import { describe, expect, it } from 'vitest';
import {
  SCENARIO_IDS,
  countPages,
  getMachineAt,
  getStraceLines,
  parseParams,
  simulate,
} from '../../src/sim/index';
import type { Fixture } from './fixture';
import { loadFixtures } from './fixture';
import { NOT_CAPTURED } from './stackNames';
import { applyStraceDifferences, expectedPageFaults } from './intendedDifferences';
import { normaliseStrace, SIM_PIDS } from './normalise';

function simulateFixture(fixture: Fixture): ReturnType<typeof simulate> {
  const scenario = fixture.scenario as Parameters<typeof parseParams>[0] & Parameters<typeof simulate>[0];
  const parsed = parseParams(scenario, fixture.params);
  if (!parsed.ok) throw new Error(`parseParams rejected ${JSON.stringify(fixture.params)}: ${parsed.error}`);
  return simulate(scenario, parsed.params);
}

const fixtures = loadFixtures();

describe('fidelity fixtures', () => {
  it('exist for every DESIGN §4 scenario', () => {
    const scenarios = new Set(fixtures.map((f) => f.fixture.scenario));
    for (const id of SCENARIO_IDS.filter((x) => !NOT_CAPTURED.includes(x)))
      expect(scenarios, id).toContain(id);
  });
});

describe.each(fixtures)('$name', ({ name, fixture }) => {
  let trace: ReturnType<typeof simulate> | undefined;
  const simulated = (): ReturnType<typeof simulate> => (trace ??= simulateFixture(fixture));

  it('prints the syscalls real Linux made', () => {
    const sim = normaliseStrace(getStraceLines(simulated()), SIM_PIDS);
    expect(applyStraceDifferences(name, sim)).toEqual(applyStraceDifferences(name, fixture.strace));
  });

  it('counts the page faults real Linux took', () => {
    expect(simulated().totals.pageFaults).toBe(expectedPageFaults(name, fixture));
  });

  const cache = fixture.pageCache;
  if (cache)
    it('starts and leaves the page cache as real Linux did', () => {
      const t = simulated();
      const cachedAt = (i: number): number => countPages(getMachineAt(t, i).cached);
      expect({ before: cachedAt(-1), after: cachedAt(t.length - 1) }).toEqual({
        before: cache.before,
        after: cache.after,
      });
    });
  const written = fixture.written;
  if (written)
    it('leaves the written file in memory as real Linux did (cached, dirty, under writeback)', () => {
      const t = simulated();
      const out = getMachineAt(t, t.length - 1).out;
      expect({
        pages: Math.ceil(out.size / t.params.page),
        cached: countPages(out.cached),
        dirty: countPages(out.dirty),
        writeback: countPages(out.writeback),
      }).toEqual(written);
    });
});
