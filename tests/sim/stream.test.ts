import { describe, expect, it } from 'vitest';
import { getStep, simulate, type Step } from '../../src/sim/index';

/** Streaming (SimulateOptions.stream): the same steps and totals, without keeping the trace. */
describe('a streamed run', () => {
  it('hands over every step once, in order, identical to the kept trace, with the same totals', () => {
    const params = { file: 32 * 1024 * 1024, cache: 'warm' as const, sndbuf: 65536 };
    const kept = simulate('read-write', params);
    const seen: Step[] = [];
    let next = 0;
    const streamed = simulate('read-write', params, {
      stream: {
        every: 1000,
        onSteps(view, from, to) {
          expect(from).toBe(next);
          for (let i = from; i < to; i++) seen.push(getStep(view, i));
          next = to;
        },
      },
    });
    expect(seen.length).toBe(kept.length);
    for (const i of [0, 1, 999, 1000, 65535, 65536, 65537, kept.length - 1])
      expect(seen[i]).toEqual(getStep(kept, i));
    expect(streamed.totals).toEqual(kept.totals);
    expect(streamed.length).toBe(kept.length);
  });

  it('keeps neither checkpoints nor the column chunks it has handed over', () => {
    const t = simulate(
      'read-write',
      { file: 64 * 1024 * 1024, cache: 'warm' },
      { stream: { every: 4096, onSteps: () => undefined } },
    );
    expect(t.length).toBeGreaterThan(3 * 65536);
    expect(t.checkpoints).toHaveLength(0);
    const chunks = t.columns.chunks;
    // Every chunk but the last (still being filled when the run ended) is released.
    for (const c of chunks.slice(0, -1)) expect(c.t.length).toBe(0);
  });
});
