import { getStraceLines, simulate } from '../sim/index';
import { parseArgs } from './parseArgs';
import { toJson, writeTable } from './render';

/** `npm run --silent sim -- <scenario> [flags]`: exit 0 on success, 2 with one line on bad input. */
function main(argv: readonly string[]): number {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    process.stderr.write(`sim: ${parsed.error}\n`);
    return 2;
  }
  const { scenario, params, format } = parsed.request;
  const trace = simulate(scenario, params);
  if (format === 'json') process.stdout.write(toJson(trace) + '\n');
  else if (format === 'strace') process.stdout.write(getStraceLines(trace).join('\n') + '\n');
  else {
    let buffer = '';
    writeTable(trace, (s) => {
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

process.exitCode = main(process.argv.slice(2));
