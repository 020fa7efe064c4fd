import { readFileSync } from 'node:fs';
import {
  DEFAULT_PARAMS,
  DEFAULT_PRESET,
  getPreset,
  runProgram,
  scenarioProgram,
  simulate,
  type Params,
  type ProgramTrace,
} from '../sim/index';
import { loadNarration } from '../i18n/index';
import { parseCompareArgs, parseSweepArgs } from './multiRun';
import { multiRunOutput } from './multiRunOutput';
import { parseArgs } from './parseArgs';
import { parseProblemsArgs } from './problemsArgs';
import { renderProblems } from './problemsRender';
import { jsonParts, straceParts, tableParts } from './render';
import { mismatchMarks, replayJson, replayNotes, replayStraceFile } from './straceReplay';
import { streamOut } from './streamOut';
import { tableInWorker } from './tableInWorker';

const PARTS = {
  json: (t: ProgramTrace, file: string | null) => jsonParts(t, file),
  strace: (t: ProgramTrace) => straceParts(t),
} as const;

/** `npm run --silent sim -- <scenario> [flags]`: exit 0 on success, 2 with one line on bad input. */
async function main(argv: readonly string[]): Promise<number> {
  if (argv[0] === 'problems') return problems(argv.slice(1));
  if (argv[0] === 'compare' || argv[0] === 'sweep') {
    const multi = (argv[0] === 'compare' ? parseCompareArgs : parseSweepArgs)(argv.slice(1));
    if (!multi.ok) {
      process.stderr.write(`sim ${argv[0]}: ${multi.error}\n`);
      return 2;
    }
    await streamOut(process.stdout, [multiRunOutput(multi.request)]);
    return 0;
  }
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    process.stderr.write(`sim: ${parsed.error}\n`);
    return 2;
  }
  const { scenario, params, format, programFile, straceFile, printProgram } = parsed.request;
  if (params.preset && getPreset(params.preset).fellBack) {
    process.stderr.write(
      `sim: no calibration for this machine yet (run npm run calibrate): --preset this-machine uses ${DEFAULT_PRESET}\n`,
    );
  }
  let trace: ProgramTrace;
  if (straceFile !== null) {
    const run = replayStraceFile(straceFile, params);
    if (typeof run === 'string') {
      process.stderr.write(`${run}\n`);
      return 2;
    }
    process.stderr.write(replayNotes(straceFile, run.replay));
    const parts =
      format === 'json'
        ? jsonParts(run.trace, straceFile, replayJson(run.replay))
        : format === 'strace'
          ? straceParts(run.trace, mismatchMarks(run.replay))
          : tableParts(run.trace, straceFile);
    await streamOut(process.stdout, parts);
    return 0;
  }
  if (programFile !== null) {
    const run = runProgramFile(programFile, params);
    if (typeof run === 'string') {
      process.stderr.write(`${run}\n`);
      return 2;
    }
    trace = run;
  } else if (scenario !== null && printProgram) {
    process.stdout.write(`${scenarioProgram(scenario, { ...DEFAULT_PARAMS, ...params })}\n`);
    return 0;
  } else if (format === 'table') {
    // A scenario's table streams from a worker in bounded memory, however long the run.
    await tableInWorker({ scenario: scenario!, params: { ...DEFAULT_PARAMS, ...params } });
    return 0;
  } else trace = simulate(scenario!, params);
  await streamOut(
    process.stdout,
    format === 'table' ? tableParts(trace, programFile) : PARTS[format](trace, programFile),
  );
  return 0;
}

/** `problems --seed N …`: a seeded problem set (DESIGN §6). */
function problems(argv: readonly string[]): number {
  const parsed = parseProblemsArgs(argv);
  if (!parsed.ok) {
    process.stderr.write(`sim: ${parsed.error}\n`);
    return 2;
  }
  process.stdout.write(renderProblems(parsed.request));
  return 0;
}

/** `--program FILE`: its trace, or the one-line error `FILE:LINE:COL: message`. */
function runProgramFile(file: string, overrides: Partial<Params>): ProgramTrace | string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return `sim: cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`;
  }
  const r = runProgram(text, overrides);
  return r.ok ? r.trace : `${file}:${r.problem.line}:${r.problem.col}: ${r.problem.message}`;
}

// A reader that stops early (`| head`) closes the pipe: that ends the output, it is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(0);
});
// The table and the JSON narrate steps in English.
await loadNarration();
process.exitCode = await main(process.argv.slice(2));
