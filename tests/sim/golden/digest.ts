import { createHash } from 'node:crypto';
import {
  SCENARIO_IDS,
  isRealSystemId,
  SCENARIO_PARAMS,
  getStraceLines,
  parseParams,
  estimateSteps,
  type Params,
  type ScenarioId,
  type Trace,
} from '../../../src/sim/index';

/**
 * The parameter sets the golden traces cover (page is 4096: x86 has no other base page). Each set runs on
 * every scenario whose parameters accept it and whose trace stays small enough for a unit test.
 */
export const GOLDEN_PARAM_SETS: readonly Record<string, string>[] = [
  {},
  { cache: 'warm' },
  { file: '1m' },
  { file: '1m', cache: 'warm' },
  { file: '1m', sg: 'off' },
  { file: '1m', loop: 'eof' },
  { file: '10000', buf: '3000' },
  { file: '1' },
  { file: '100000', buf: '8192', loop: 'eof', cache: 'warm' },
  { arch: 'i386' },
  { arch: 'i386', file: '4g' },
  { arch: 'i386', file: '1m', cache: 'warm' },
  { bufoff: '1' },
  { bufoff: '512', file: '64k' },
  { align: '4096', bufoff: '512' },
  { file: '5000', loop: 'eof', sg: 'off' },
  { pages: '1' },
  { pages: '8', arch: 'i386' },
  { pages: '64' },
  { sndbuf: '4k', file: '256k' },
  { sndbuf: '16k', file: '1m', autocork: 'on' },
  { autocork: 'on', file: '1m' },
  { autocork: 'on', buf: '1000', file: '20000', cache: 'warm' },
  { ra: '1', file: '64k' },
  { fa: '1', file: '64k' },
  { fa: '64', ra: '8', file: '300000' },
  { buf: '65536', file: '1m', cache: 'warm' },
  { file: '3m', buf: '1m', loop: 'eof' },
  { file: '8m', cache: 'warm', sg: 'off' },
];

/** Traces above this estimate are left out: the golden test must stay a unit test. */
const MAX_GOLDEN_STEPS = 150_000;

export interface GoldenCase {
  readonly scenario: ScenarioId;
  readonly raw: Record<string, string>;
  readonly params: Params;
}

/** Every (scenario, parameter set) pair the golden file holds, in a fixed order. */
export function goldenCases(): GoldenCase[] {
  const cases: GoldenCase[] = [];
  // The golden traces prove the switch to programs kept the canonical scenarios' traces: issue 18's real
  // systems were programs from the start and have no "before" (their totals: tests/sim/realSystems.test.ts).
  for (const scenario of SCENARIO_IDS.filter((id) => !isRealSystemId(id))) {
    const seen = new Set<string>();
    for (const raw of GOLDEN_PARAM_SETS) {
      const parsed = parseParams(scenario, raw);
      if (!parsed.ok) continue;
      if (estimateSteps(scenario, parsed.params) > MAX_GOLDEN_STEPS) continue;
      // Parameters the scenario ignores give the same trace: keep one of each.
      const key = JSON.stringify(SCENARIO_PARAMS[scenario].map((name) => parsed.params[name]));
      if (seen.has(key)) continue;
      seen.add(key);
      cases.push({ scenario, raw, params: parsed.params });
    }
  }
  return cases;
}

/** A program line as code: what it says, without indentation or comments. */
export function lineCode(text: string | undefined): string {
  return (text ?? '')
    .replace(/\/\*.*?\*\//g, '')
    .replace(/\/\/.*$/, '')
    .trim();
}

export interface TraceDigest {
  readonly length: number;
  /** sha256 of every step's site, task, ring, flags, t, n, a, b, c. */
  readonly steps: string;
  /** sha256 of the run-length list of the code on the program line each step points at. */
  readonly lines: string;
  /** The first runs of that list, [code, steps], to read when the hash differs. */
  readonly linesHead: [string, number][];
  readonly totals: unknown;
  readonly endTimeNs: number;
  readonly tasks: unknown;
  readonly groups: string;
  readonly checkpoints: number;
  /** sha256 of the checkpointed machine states (JSON). */
  readonly machines: string;
  readonly straceLines: number;
  readonly strace: string;
  /** The first strace lines, to read when the hash differs. */
  readonly straceHead: string[];
}

function sha(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** F.fileShift's three bits (src/sim/counters.ts), which no canonical step may set. */
const FILE_SLOT_BITS = 7 << 8;

const COLUMNS = ['site', 'task', 'ring', 'flags', 't', 'n', 'a', 'b', 'c'] as const;

/** A compact, exact description of a trace: equal digests mean the same steps, groups and checkpoints. */
export function digestTrace(trace: Trace): TraceDigest {
  const h = createHash('sha256');
  const n = trace.length;
  for (const col of COLUMNS) {
    trace.columns.chunks.forEach((chunk, ci) => {
      const used = Math.min(chunk[col].length, n - ci * chunk[col].length);
      const view = chunk[col].subarray(0, Math.max(0, used));
      // Flags are stored in 16 bits since issue 14's file slots (bits 8–10); the canonical scenarios name no
      // file slot, so their flags are hashed as the bytes the golden file was recorded from. The bits above
      // (F.header, F.userPages: what the narration says of the bytes) are hashed after them, only where set,
      // so a trace without them keeps its recorded digest.
      if (col === 'flags') {
        if (view.some((f) => (f & FILE_SLOT_BITS) !== 0))
          throw new Error('a canonical step names a file slot');
        h.update(Uint8Array.from(view, (f) => f & 0xff));
        if (view.some((f) => f > 0xff)) h.update(Uint8Array.from(view, (f) => f >> 8));
        return;
      }
      h.update(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
    });
  }
  const lines: [string, number][] = [];
  trace.columns.chunks.forEach((chunk, ci) => {
    const used = Math.min(chunk.line.length, n - ci * chunk.line.length);
    for (let i = 0; i < used; i++) {
      const code = lineCode(trace.program[chunk.line[i]!]);
      const last = lines[lines.length - 1];
      if (last && last[0] === code) last[1]++;
      else lines.push([code, 1]);
    }
  });
  const g = createHash('sha256');
  for (const arr of Object.values(trace.groups) as Int32Array[]) {
    g.update(String(arr.length));
    g.update(new Uint8Array(arr.buffer, arr.byteOffset, arr.byteLength));
  }
  const m = createHash('sha256');
  for (const cp of trace.checkpoints) m.update(JSON.stringify(cp));
  for (const cc of trace.counterCheckpoints)
    m.update(new Uint8Array(cc.buffer, cc.byteOffset, cc.byteLength));
  const strace = getStraceLines(trace);
  return {
    length: n,
    steps: h.digest('hex'),
    lines: sha(JSON.stringify(lines)),
    linesHead: lines.slice(0, 8),
    totals: trace.totals,
    endTimeNs: trace.endTimeNs,
    tasks: trace.tasks,
    groups: g.digest('hex'),
    checkpoints: trace.checkpoints.length,
    machines: m.digest('hex'),
    straceLines: strace.length,
    strace: sha(strace.join('\n')),
    straceHead: strace.slice(0, 6),
  };
}

/** The key of a case in the golden file. */
export function caseKey(c: GoldenCase): string {
  const flags = Object.entries(c.raw)
    .map(([k, v]) => `--${k} ${v}`)
    .join(' ');
  return flags ? `${c.scenario} ${flags}` : c.scenario;
}
