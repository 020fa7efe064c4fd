import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/sim/index';
import type { SndbufFixture } from './sndbufFixture';

const fixture = JSON.parse(
  readFileSync(new URL('./rule10/sndbuf-block.json', import.meta.url), 'utf8'),
) as SndbufFixture;

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

describe('rule 10 against real Linux (tests/fidelity/rule10, npm run capture)', () => {
  const slowSleeps = median(fixture.slow.map((r) => r.nvcsw));
  const fastSleeps = median(fixture.fast.map((r) => r.nvcsw));

  it('a warm sender to a slow receiver sleeps, as seen from outside (getrusage ru_nvcsw)', () => {
    expect(fixture.tcpWmem[2]).toBe(4 * 1024 * 1024);
    for (const r of [...fixture.slow, ...fixture.fast]) expect(r.bytes).toBe(fixture.size);
    expect(slowSleeps).toBeGreaterThanOrEqual(10);
    // The sleeps come from the full send buffer: a receiver that keeps up leaves (almost) none.
    expect(fastSleeps * 4).toBeLessThanOrEqual(slowSleeps);
  });

  it('the model sleeps about as often as Linux did when its wire runs at the receiver’s pace', () => {
    const run = fixture.slow.find((r) => r.nvcsw === slowSleeps)!;
    const t = simulate(
      'read-write',
      { file: fixture.size, buf: fixture.buf, cache: 'warm', sndbuf: fixture.tcpWmem[2]! },
      { cost: { nicBytesPerNs: run.bytes / run.ns } },
    );
    // A warm read()+write() has no other reason to switch: each sleep is two switches (away and back).
    const sleeps = t.totals.contextSwitches / 2;
    // Same order of magnitude: the model wakes the writer at once; Linux schedules it a little later,
    // after more ACKs have freed room, so it sleeps somewhat less often.
    expect(sleeps).toBeGreaterThanOrEqual(slowSleeps / 2);
    expect(sleeps).toBeLessThanOrEqual(slowSleeps * 2);
  });
});
