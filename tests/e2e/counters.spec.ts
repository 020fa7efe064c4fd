import { test } from '@playwright/test';
import type { ScenarioId } from '../../src/sim/index';
import { expectEndTotals } from './helpers';

/** Every scenario with its defaults and with a non-default parameter set. */
const RUNS: [ScenarioId, string][] = [
  ['syscall', ''],
  ['syscall', 'arch=i386'],
  ['read-write', ''],
  ['read-write', 'file=10000&cache=warm&loop=eof'],
  ['mmap-write', ''],
  ['mmap-write', 'file=100000&fa=4'],
  ['sendfile', ''],
  ['sendfile', 'file=10000&sg=off'],
  ['splice', ''],
  ['splice', 'file=100000&sg=off&loop=eof'],
  ['direct-io', ''],
  ['direct-io', 'bufoff=1'],
  ['cow-fork', ''],
  ['cow-fork', 'pages=8&arch=i386'],
  ['kernel-access', ''],
  ['kernel-access', 'arch=i386'],
  // The cost model changes the times (simTimeNs, cpuBusyNs) the counters show.
  ['read-write', 'file=100000&cache=warm&preset=loopback'],
  ['sendfile', 'file=100000&preset=hdd-1gbe'],
  // Issue 16: receiving and writing files.
  ['recv-write', ''],
  ['recv-write', 'file=100000&sync=fsync'],
  ['recv-write', 'file=65536&buf=16k&sync=direct&mss=9000'],
  ['file-copy', ''],
  ['file-copy', 'file=100000&method=sendfile&sync=fsync'],
  ['file-copy', 'file=100000&method=mmap&cache=warm&sync=osync'],
];

for (const [scenario, query] of RUNS) {
  test(`${scenario}${query ? ` ${query}` : ''}: End shows the CLI contract totals`, async ({ page }) => {
    await expectEndTotals(page, scenario, query);
  });
}
