// `npm run bench:cli`: the CLI's table of a 1 GiB read-write (1 GB of text) written to a file, with the
// process's peak resident memory (getrusage maxRSS, worker thread included). Issue 11's budget: ≤ 300 MB.
// Writes bench/results/cli.md. Takes about a minute.
import { spawnSync } from 'node:child_process';
import { mkdirSync, openSync, closeSync, statSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BUDGET_MB = 300;
const here = dirname(fileURLToPath(import.meta.url));

if (process.argv[2] === '--child') {
  // Runs the CLI in this process, then reports its peak RSS on stderr.
  process.on('exit', () => process.stderr.write(`\nmaxRSS=${process.resourceUsage().maxRSS}\n`));
  process.argv = [process.argv[0]!, 'sim', 'read-write', '--file', '1g', '--format', 'table'];
  await import('../src/cli/main');
} else {
  const out = join(tmpdir(), `dpl-cli-bench-${process.pid}.txt`);
  const fd = openSync(out, 'w');
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child'], {
    stdio: ['ignore', fd, 'pipe'],
    encoding: 'utf8',
  });
  const s = (performance.now() - t0) / 1000;
  closeSync(fd);
  const bytes = statSync(out).size;
  rmSync(out);
  const kb = Number(/maxRSS=(\d+)/.exec(r.stderr)?.[1] ?? NaN);
  const mb = kb / 1024;
  const ok = r.status === 0 && mb <= BUDGET_MB;
  const table = [
    '| run | output | time (s) | peak RSS (MB) | budget | ok |',
    '|---|---|---|---|---|---|',
    `| sim read-write --file 1g --format table > file | ${(bytes / 1e9).toFixed(2)} GB | ${s.toFixed(0)} | ${mb.toFixed(0)} | ≤ ${BUDGET_MB} | ${ok ? 'yes' : 'NO'} |`,
  ].join('\n');
  process.stdout.write(`${table}\n`);
  mkdirSync(join(here, 'results'), { recursive: true });
  writeFileSync(join(here, 'results', 'cli.md'), `${table}\n`);
  process.exitCode = ok ? 0 : 1;
}
