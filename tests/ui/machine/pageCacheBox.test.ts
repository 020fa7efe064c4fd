// Issue 17: the machine view leaves the page-cache box out of a run that never uses the page cache (the data was
// made by the program: msg-zerocopy, vmsplice), read from the trace; every run that reads or writes a file keeps it.
import { describe, expect, it } from 'vitest';
import { simulate, type Params, type ScenarioId } from '../../../src/sim/index';
import { featuresOfTrace, usesPageCache } from '../../../src/ui/machine/features';
import { layoutMachine } from '../../../src/ui/machine/layout';
import { toMachineView } from '../../../src/ui/machine/toMachineView';

const run = (scenario: ScenarioId, params: Partial<Params> = {}) =>
  simulate(scenario, { file: 10000, ...params });

describe('the page-cache box follows the run', () => {
  it.each([
    ['msg-zerocopy', {}],
    ['msg-zerocopy', { nic: 'loopback' }],
    ['vmsplice', {}],
  ] as const)('%s %o: no page cache used, no box; the error queue or pipe takes its place', (id, params) => {
    const t = run(id, params);
    expect(usesPageCache(t)).toBe(false);
    const layout = layoutMachine(
      featuresOfTrace(t),
      t.tasks.map((x) => x.pid),
    );
    expect(layout.pagecache).toBeNull();
    expect(layout.pipe).not.toBeNull();
    expect(layout.skb).not.toBeNull();
    for (const i of [0, t.length - 1]) expect(toMachineView(t, i, 'en').pagecache).toBeNull();
  });

  it.each([
    ['io-uring', { cache: 'cold' }],
    ['io-uring', { cache: 'warm' }],
    ['read-write', { cache: 'warm' }],
    ['direct-io', { file: 8192 }],
    ['recv-write', {}],
    ['sendfile', {}],
  ] as const)('%s %o keeps its page-cache box', (id, params) => {
    const t = run(id, params);
    expect(usesPageCache(t)).toBe(true);
    const layout = layoutMachine(
      featuresOfTrace(t),
      t.tasks.map((x) => x.pid),
    );
    expect(layout.pagecache).not.toBeNull();
    expect(toMachineView(t, t.length - 1, 'en').pagecache).not.toBeNull();
  });
});
