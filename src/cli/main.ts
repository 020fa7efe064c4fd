import { readFileSync } from 'node:fs';
import {
  DEFAULT_PARAMS,
  getStraceLines,
  runProgram,
  scenarioProgram,
  simulate,
  type Params,
  type ProgramTrace,
} from '../sim/index';
import { parseArgs } from './parseArgs';
import { toJson, writeTable } from './render';

/** `npm run --silent sim -- <scenario> [flags]`: exit 0 on success, 2 with one line on bad input. */
function main(argv: readonly string[]): number {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    process.stderr.write(`sim: ${parsed.error}\n`);
    return 2;
  }
  const { scenario, params, format, programFile, printProgram } = parsed.request;
  let trace: ProgramTrace;
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
  } else trace = simulate(scenario!, params);
  if (format === 'json') process.stdout.write(toJson(trace, programFile) + '\n');
  else if (format === 'strace') process.stdout.write(getStraceLines(trace).join('\n') + '\n');
  else {
    let buffer = '';
    writeTable(trace, programFile, (s) => {
      buffer += s;
      if (buffer.length > 1 << 16) {
        process.stdout.write(buffer);
        buffer = '';
      }
    });
    process.stdout.write(buffer);
  }
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

process.exitCode = main(process.argv.slice(2));
