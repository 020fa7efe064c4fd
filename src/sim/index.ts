import type * as SiteTracepoints from './siteTracepoints';
/**
 * Data Path Lab simulation core: the one public entry. Pure and deterministic (no DOM, clock, randomness or
 * I/O); everything outside src/sim imports from here only.
 */
export { simulate } from './simulate';
export type { SimulateOptions } from './simulate';
export { runProgram, checkProgram } from './program/runProgram';
export type { ProgramResult, RunProgramOptions } from './program/runProgram';
export { formatProblem, internalProblem } from './program/errors';
// A program's problems as data: a code and its arguments, said in English here and in any language by the UI.
export { PROBLEM_CODES, PROBLEM_MESSAGES } from './program/problemMessages';
// Apart from the English table, so a view that says a problem in its reader's words never loads it.
export { fillProblem } from './program/fillProblem';
export type { ProblemCode } from './program/problemMessages';
export type { ProblemArg, ProblemArgs, ProblemPart } from './program/fillProblem';
// Replaying a real `strace -f` log (docs/language.md, "Replaying a strace log").
export { importStrace } from './program/strace/importStrace';
export type { ExpectedCall, ImportStraceOptions, ImportedStrace } from './program/strace/importStrace';
export { replayStrace, straceMismatches } from './program/strace/replay';
export type { StraceMismatch, StraceReplay } from './program/strace/replay';
export type { StraceNotice, StraceNoticeCode } from './program/strace/notices';
export type { ProgramProblem } from './program/errors';
export { CALLS, type CallSpec } from './program/calls';
export { PARAM_CONSTANTS } from './program/constants';
export { scenarioProgram } from './programs/registry';
export { getProgramParams, PROGRAM_LIMITS } from './programParams';
export { parseParams, estimateSteps, expectedSteps, MAX_STEPS } from './parseParams';
export type { ParseResult } from './parseParams';
export {
  DEFAULT_PARAMS,
  PARAM_NAMES,
  PARAM_PROBLEM_CODES,
  PARAM_SPECS,
  SCENARIO_PARAMS,
  describeRange,
  parseParam,
  parseSize,
} from './params';
export type { Params, ParamName, ParamProblem, ParamProblemCode, ParamSpec } from './params';
export { SCENARIO_IDS, isScenarioId } from './scenarioIds';
export { REAL_SYSTEM_IDS, isRealSystemId } from './realSystemIds';
export type { ScenarioId } from './scenarioIds';
export { DEFAULT_COSTS } from './costModel';
export type { CostModel } from './costModel';
export { PRESET_IDS, DEFAULT_PRESET, type PresetId } from './presets/presetIds';
export { getPreset, type ResolvedPreset } from './presets/presets';
export { formatCostOverrides, parseCostOverrides } from './presets/costOverrides';
export { readCalibration, type Calibration } from './presets/calibration';
export { COUNTER_KEYS } from './counters';
export type { CounterKey, Totals, TimeKey } from './counters';
export type { Trace, ProgramTrace, TaskInfo, StepGroups } from './trace';
export { CHECKPOINT_EVERY } from './trace';
export { getStep } from './step';
export type { Step, NarrationParams } from './step';
export type { StepKind } from './sites';
export { SITES } from './sites';
export type { SiteDef, CpuActivity } from './sites';
export { LOCATIONS } from './locations';
export type { Loc } from './locations';
export {
  getCountersAt,
  getMachineAt,
  getNeighbourStep,
  getGroupAt,
  getStepsRaising,
  getTaskSyscallAt,
} from './queries';
export { getLaneStateAt, scanLanes, type LaneState } from './laneScan';
export { getStepActor, type StepActor } from './stepActor';
/**
 * The tracepoint table (which tracepoint's kernel stack shows each site's step), on demand: a view that names
 * tracepoints loads it apart from the first paint's code, and tests await it.
 */
export function loadSiteTracepoints(): Promise<typeof SiteTracepoints> {
  return import('./siteTracepoints');
}
export {
  NO_PTE,
  checkAccess,
  kernelPte,
  lookupUserPte,
  pageAddress,
  pageCacheRefcount,
  type AccessVerdict,
  type PteLookup,
} from './mmu';
export type { StepUnit } from './queries';
export { getWrittenFile, writtenFileOf } from './writtenFile';
export type { WrittenFile } from './writtenFile';
export type {
  MachineState,
  TaskState,
  PageSpan,
  PteRange,
  AnonFrame,
  InFlight,
  SendQueueState,
  FileCache,
} from './machineState';
export { countPages, fileCacheOf, rangesBytes, sendQueueSpans } from './machineState';
export type { OutFileState, ReceiveState } from './machineState';
export { RCV_WINDOW } from './kernel/receive';
export { getStraceLines, getStraceEvents } from './strace';
export { LAYOUTS } from './kernel/addressSpace';
export type { Layout } from './kernel/addressSpace';
export { PAGECACHE_PFN_BASE } from './kernel/devices';
export { SKB_MAX_BYTES, SKB_OVERHEAD } from './kernel/socket';
export { ANON_PFN_BASE } from './kernel/memory';
export { MAX_RW_COUNT, formatBytes, hex } from './units';
export type { Ns, Bytes, Ring, Pid } from './units';
export {
  walkAddress,
  describeAddress,
  toAddress,
  countPageTables,
  type PageWalk,
  type WalkLevel,
  type PageTableCount,
} from './pageWalk';
export { SYSCALL_TABLE, lookupSyscall, type SyscallTableEntry } from './syscallTable';
export { USERBUF_PFN_BASE, userBufferOf, type UserBuffer } from './userBuffer';
export { ENTRY_PATHS, type EntryPath, type PtRegsSlot } from './entryPaths';
export {
  ADDRESS_REGIONS,
  DIRECT_MAP_BASE,
  type AddressRegion,
  type AddressHalf,
  type RegionKey,
} from './addressSpaceLayout';
export { generateProblems, PROBLEM_CHOICES, PROBLEM_COUNTERS, PROBLEM_LIMITS } from './problems/index';
export type { Problem, ProblemCounter, ProblemQuestion, ProblemSetOptions } from './problems/index';
// Predict, then reveal (issue 19): questions made from a trace, answered before it plays.
export { DMA_TARGETS, PREDICT_COUNTERS, nextSyscallScope, predictQuestions } from './predict/index';
export type {
  CountQuestion,
  DmaQuestion,
  NextTaskQuestion,
  PredictCounter,
  PredictQuestion,
  PredictScope,
} from './predict/index';
export { sweepRuns, sweepTotals, type SweepRun, type SweepRuns } from './sweep';
