// `npm run capture` (last part): rule 10 seen from outside. Runs tests/fidelity/c/sndbuf_block.c — a warm
// read()+write() sender of 64 MiB in 4 KiB chunks to a loopback receiver — three times with a slow receiver
// and three times with a fast one, and writes the sender's voluntary context switches (getrusage ru_nvcsw:
// its sleeps in sk_stream_wait_memory) to tests/fidelity/rule10/sndbuf-block.json.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SndbufFixture, SndbufRun } from '../tests/fidelity/sndbufFixture';

const ROOT = path.resolve(import.meta.dirname, '..');
const BUILD = path.join(ROOT, 'tests/fidelity/build');
const PROGRAM = path.join(BUILD, 'sndbuf_block');
const DATA = path.join(BUILD, 'data', 'sndbuf-64m');
const OUT = path.join(ROOT, 'tests/fidelity/rule10/sndbuf-block.json');
const SIZE = 64 * 1024 * 1024;
const RUNS = 3;

function sh(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

mkdirSync(path.dirname(DATA), { recursive: true });
sh('cc', ['-O2', '-Wall', '-Wextra', '-o', PROGRAM, path.join(ROOT, 'tests/fidelity/c/sndbuf_block.c')]);
// Deterministic bytes; the content does not matter, only that the file is real and cached.
writeFileSync(DATA, Buffer.alloc(SIZE, 0x5a));

function runs(slow: boolean): SndbufRun[] {
  return Array.from({ length: RUNS }, () => {
    const out = sh(PROGRAM, [`file=${DATA}`, `size=${SIZE}`, 'buf=4096', `slow=${slow ? 1 : 0}`]);
    return JSON.parse(out) as SndbufRun;
  });
}

const fixture: SndbufFixture = {
  kernel: `${os.release()} ${os.version()}`,
  tcpWmem: sh('cat', ['/proc/sys/net/ipv4/tcp_wmem']).trim().split(/\s+/).map(Number),
  program: 'tests/fidelity/c/sndbuf_block.c',
  size: SIZE,
  buf: 4096,
  slow: runs(true),
  fast: runs(false),
};
writeFileSync(OUT, `${JSON.stringify(fixture, null, 2)}\n`);
process.stdout.write(`wrote ${path.relative(ROOT, OUT)}\n`);
