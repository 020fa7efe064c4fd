import { simulate } from '../sim/index';
import { parseArgs } from './parseArgs';
import { jsonParts, straceParts } from './render';
import { streamOut } from './streamOut';
import { tableInWorker } from './tableInWorker';

const PARTS = { json: jsonParts, strace: straceParts } as const;

/** `npm run --silent sim -- <scenario> [flags]`: exit 0 on success, 2 with one line on bad input. */
async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    process.stderr.write(`sim: ${parsed.error}\n`);
    return 2;
  }
  const { scenario, params, format } = parsed.request;
  if (format === 'table') {
    await tableInWorker({ scenario, params });
    return 0;
  }
  const trace = simulate(scenario, params);
  await streamOut(process.stdout, PARTS[format](trace));
  return 0;
}

// A reader that stops early (`| head`) closes the pipe: that ends the output, it is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(0);
});
process.exitCode = await main(process.argv.slice(2));
