// Issue 18: the step estimate that bounds a run (parseParams refuses what would be too large) covers the real
// systems' runs, and refuses a 16 GiB netty heap copy in small buffers as it does read-write's.
import { describe, expect, it } from 'vitest';
import { estimateSteps, parseParams, simulate, type ScenarioId } from '../../src/sim/index';

const RUNS: [ScenarioId, Record<string, string>][] = [
  ['kafka-fetch', { file: '1m' }],
  ['kafka-fetch', { file: '1m', consumers: '3' }],
  ['netty-send', { file: '300000', buf: '16k', mode: 'heap' }],
  ['netty-send', { file: '300000', buf: '16k', mode: 'direct', cache: 'warm' }],
  ['netty-send', { file: '300000', mode: 'fileregion' }],
  ['rocketmq-commitlog', { file: '1m' }],
  ['nginx-static', { file: '300000', buf: '16k', sendfile: 'off' }],
  ['nginx-static', { file: '1m', sendfile: 'on', cache: 'warm' }],
];

describe('real systems: step estimates', () => {
  it.each(RUNS)('%s %j: the run stays within its estimate', (scenario, raw) => {
    const parsed = parseParams(scenario, raw);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(simulate(scenario, parsed.params).length).toBeLessThanOrEqual(
      estimateSteps(scenario, parsed.params),
    );
  });

  it('a run too large to simulate is refused, as read-write is', () => {
    const raw = { file: '16g', buf: '1' };
    expect(parseParams('read-write', raw).ok).toBe(false);
    expect(parseParams('netty-send', { ...raw, mode: 'heap' }).ok).toBe(false);
    expect(parseParams('nginx-static', { ...raw, sendfile: 'off' }).ok).toBe(false);
  });
});
