import type { CostModel } from '../costModel';
import { getPreset } from '../presets/presets';
import { parseCostOverrides } from '../presets/costOverrides';
import { Kernel } from '../kernel/kernel';
import { ANON_PFN_BASE } from '../kernel/memory';
import { createMachine } from '../machineState';
import { MAX_STEPS } from '../parseParams';
import type { Params } from '../params';
import type { ScenarioId } from '../scenarioIds';
import { S } from '../sites';
import { programConstants } from '../programParams';
import type { ProgramTrace } from '../trace';
import { ProgressBuilder } from '../progressBuilder';
import { StreamBuilder, liveView, type StepSink } from '../streamBuilder';
import { StepLimit, TraceBuilder } from '../traceBuilder';
import type { Program } from './ast';
import { check } from './checker';
import { internalProblem, ProgramError, problemAt, type ProgramProblem } from './errors';
import { Interpreter } from './interpreter';
import { parse } from './parser';
import { resolveWorld, setUpMachine as setUp } from './world';

export interface RunProgramOptions {
  readonly cost?: Partial<CostModel>;
  /** The canonical scenario this program is, if any (the trace says so). */
  readonly scenario?: ScenarioId;
  /** Step cap (default MAX_STEPS): more stops the run with an error naming the line. */
  readonly maxSteps?: number;
  /** Statement cap (default 20 million): a loop that makes no system call still ends. */
  readonly maxOps?: number;
  /** Called with the steps built so far every 64 Ki steps (simulate's progress for the UI's worker). */
  readonly onProgress?: (steps: number) => void;
  /** Streams the run instead of keeping it (SimulateOptions.stream). */
  readonly stream?: { readonly every: number; readonly onSteps: StepSink };
}

export type ProgramResult =
  | { readonly ok: true; readonly trace: ProgramTrace }
  | { readonly ok: false; readonly phase: 'parse' | 'check' | 'run'; readonly problem: ProgramProblem };

/** Parses and checks a program without running it: the first problem with its line and column, or null. */
export function checkProgram(text: string): ProgramProblem | null {
  const r = parseAndCheck(text);
  return r.ok ? null : r.problem;
}

function parseAndCheck(
  text: string,
): { ok: true; program: Program } | { ok: false; phase: 'parse' | 'check'; problem: ProgramProblem } {
  let program: Program;
  try {
    program = parse(text);
  } catch (e) {
    return { ok: false, phase: 'parse', problem: toProblem(e) };
  }
  try {
    check(program);
  } catch (e) {
    return { ok: false, phase: 'check', problem: toProblem(e) };
  }
  return { ok: true, program };
}

function toProblem(e: unknown): ProgramProblem {
  if (e instanceof ProgramError) return e.problem;
  return internalProblem(e);
}

/**
 * Pure: parses, checks and runs a program in the scenario language (docs/language.md) into a trace.
 * `overrides` are the parameter constants set from outside (flags, a link). Never throws: every problem
 * comes back with its line and column.
 */
export function runProgram(
  text: string,
  overrides: Partial<Params> = {},
  options: RunProgramOptions = {},
): ProgramResult {
  const parsed = parseAndCheck(text);
  if (!parsed.ok) return parsed;
  const { program } = parsed;
  let line = 0;
  let at: { line: number; col: number } | null = null;
  try {
    const world = resolveWorld(program, overrides);
    const p = world.params;
    const cost: CostModel = {
      ...getPreset(p.preset).costs,
      ...parseCostOverrides(p.costs)?.costs,
      ...options.cost,
    };
    const machine = createMachine(
      world.tasks.map((t) => t.pid),
      3,
      p.page,
    );
    setUp(machine, world);
    const stream = options.stream
      ? new StreamBuilder(machine, Math.max(1, options.stream.every), options.stream.onSteps)
      : undefined;
    const builder =
      stream ??
      (options.onProgress ? new ProgressBuilder(machine, options.onProgress) : new TraceBuilder(machine));
    if (stream) stream.view = liveView(options.scenario ?? null, p, cost, world.tasks, program.lines, stream);
    builder.limit = options.maxSteps ?? MAX_STEPS;
    const k = new Kernel(builder, p, cost, world.tasks[0]!.pid);
    const limits = { maxOps: options.maxOps ?? 20_000_000 };
    const interp = new Interpreter(
      k,
      program,
      world,
      limits,
      ANON_PFN_BASE + (world.buffer?.heap ? p.pages : 0),
    );
    try {
      interp.run();
    } finally {
      line = builder.line;
      at = interp.at;
    }
    builder.programEndNs = k.now;
    k.drain();
    if (machine.tasks[0]?.state !== 'killed') k.cpu(S.end, {}, 0);
    stream?.flush();
    return {
      ok: true,
      trace: Object.freeze({
        ...builder.finish(options.scenario ?? null, p, cost, world.tasks, program.lines, k.now),
        constants: programConstants(program),
      }),
    };
  } catch (e) {
    if (e instanceof StepLimit) {
      const problem = problemAt(at ?? { line: line + 1, col: 1 }, 'stepCap', { limit: e.limit });
      return { ok: false, phase: 'run', problem };
    }
    const problem = toProblem(e);
    return {
      ok: false,
      phase: 'run',
      problem: e instanceof ProgramError ? problem : { ...problem, line: line + 1 },
    };
  }
}
