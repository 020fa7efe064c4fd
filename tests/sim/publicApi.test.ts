import { expect, it } from 'vitest';
import * as sim from '../../src/sim/index';

it('the core has one public entry with a stable, explicit list of exports', () => {
  expect(Object.keys(sim).sort()).toMatchInlineSnapshot(`
    [
      "ADDRESS_REGIONS",
      "ANON_PFN_BASE",
      "CHECKPOINT_EVERY",
      "COUNTER_KEYS",
      "DEFAULT_COSTS",
      "DEFAULT_PARAMS",
      "DIRECT_MAP_BASE",
      "ENTRY_PATHS",
      "LAYOUTS",
      "LOCATIONS",
      "MAX_RW_COUNT",
      "MAX_STEPS",
      "NO_PTE",
      "PAGECACHE_PFN_BASE",
      "PARAM_NAMES",
      "PARAM_PROBLEM_CODES",
      "PARAM_SPECS",
      "SCENARIO_IDS",
      "SCENARIO_PARAMS",
      "SITES",
      "SKB_MAX_BYTES",
      "SKB_OVERHEAD",
      "SYSCALL_TABLE",
      "TRACEPOINT_SITE_IDS",
      "USERBUF_PFN_BASE",
      "checkAccess",
      "countPageTables",
      "countPages",
      "describeAddress",
      "describeRange",
      "estimateSteps",
      "expectedSteps",
      "formatBytes",
      "getCountersAt",
      "getGroupAt",
      "getLaneStateAt",
      "getMachineAt",
      "getNeighbourStep",
      "getStep",
      "getStepActor",
      "getStepsRaising",
      "getStraceEvents",
      "getStraceLines",
      "getTaskSyscallAt",
      "hex",
      "isScenarioId",
      "kernelPte",
      "lookupSyscall",
      "lookupUserPte",
      "pageAddress",
      "pageCacheRefcount",
      "parseParam",
      "parseParams",
      "parseSize",
      "scanLanes",
      "simulate",
      "siteTracepoint",
      "toAddress",
      "userBufferOf",
      "walkAddress",
    ]
  `);
});

it('a trace is frozen plain data: the UI cannot mutate it', () => {
  const t = sim.simulate('read-write');
  expect(Object.isFrozen(t)).toBe(true);
  expect(Object.isFrozen(sim.getStep(t, 0))).toBe(true);
});
