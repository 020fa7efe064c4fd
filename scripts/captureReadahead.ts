// `ra=linux`'s ground truth (issue 17; tests/fidelity/readahead.test.ts). Runs tests/fidelity/c/seq_read.c
// (built by `npm run capture`) on a cold 1 MiB and 64 MiB file with 4 KiB reads while a private tracefs
// instance records the readahead tracepoints and the disk requests the program issued, and reads the disk's
// /sys/block/<dev>/stat before and after (completed reads: other tasks' I/O can only add, so the capture
// repeats until the delta equals the requests the tracepoints saw). Writes tests/fidelity/readahead/*.json.
// Linux, root, tracefs (mounted in a temporary directory if needed).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RA_DIR, type RaFixture } from '../tests/fidelity/readaheadFixture';

const ROOT = path.resolve(import.meta.dirname, '..');
const BUILD = path.join(ROOT, 'tests/fidelity/build');
const SIZES = [1 << 20, 64 << 20];
const BUF = 4096;

function die(message: string): never {
  process.stderr.write(`captureReadahead: ${message}\n`);
  process.exit(1);
}

function sh(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { cwd: BUILD, encoding: 'utf8' });
  if (r.status !== 0) die(`${cmd} ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

function tracefs(): { dir: string; mounted: boolean } {
  if (existsSync('/sys/kernel/tracing/instances')) return { dir: '/sys/kernel/tracing', mounted: false };
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tracefs-'));
  sh('mount', ['-t', 'tracefs', 'nodev', dir]);
  return { dir, mounted: true };
}

/** The block device under a path (vda for ext4 on /dev/vda). */
function deviceOf(file: string): string {
  const src = sh('findmnt', ['-n', '-o', 'SOURCE', '-T', file]).trim();
  return path.basename(src);
}

const readStat = (dev: string): number[] =>
  readFileSync(`/sys/block/${dev}/stat`, 'utf8').trim().split(/\s+/).map(Number);

function captureOne(instance: string, file: string, size: number, dev: string): RaFixture {
  const w = (rel: string, v: string) => writeFileSync(path.join(instance, rel), v);
  w('trace', '');
  sh('./pcstat', ['cold', file]);
  const start = readStat(dev);
  sh('./seq_read', [`file=${file}`, `buf=${BUF}`]);
  const end = readStat(dev);
  const text = readFileSync(path.join(instance, 'trace'), 'utf8');
  const windows: { index: number; size: number; async: number }[] = [];
  const requests: number[] = [];
  for (const line of text.split('\n')) {
    if (!/ seq_read-\d+ /.test(line)) continue;
    const ra = /page_cache_ra_order: .* index=(\d+) order=\d+ size=(\d+) async_size=(\d+)/.exec(line);
    if (ra) windows.push({ index: Number(ra[1]), size: Number(ra[2]), async: Number(ra[3]) });
    const rq = /block_rq_issue: \S+ RA (\d+) /.exec(line);
    if (rq) requests.push(Number(rq[1]));
  }
  return {
    file: size,
    buf: BUF,
    readAheadKb: Number(readFileSync(`/sys/block/${dev}/queue/read_ahead_kb`, 'utf8')),
    maxSectorsKb: Number(readFileSync(`/sys/block/${dev}/queue/max_sectors_kb`, 'utf8')),
    windows,
    requests,
    stat: { reads: end[0]! - start[0]!, sectors: end[2]! - start[2]! },
    kernel: `${os.release()} ${os.version()}`,
    device: dev,
    capturedAt: new Date().toISOString(),
  };
}

if (!existsSync(path.join(BUILD, 'seq_read'))) die('build the programs first (npm run capture)');
const fs = tracefs();
const instance = path.join(fs.dir, 'instances', `dpl-ra-${process.pid}`);
mkdirSync(instance);
try {
  for (const ev of ['readahead/page_cache_ra_order', 'block/block_rq_issue'])
    writeFileSync(path.join(instance, 'events', ev, 'enable'), '1');
  mkdirSync(RA_DIR, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(BUILD, 'data', `ra${size}.bin`);
    if (!existsSync(file) || readFileSync(file).length !== size) {
      writeFileSync(file, Buffer.alloc(size, 0xa5));
      sh('sync', [file]);
    }
    const dev = deviceOf(file);
    for (let attempt = 1; ; attempt++) {
      const f = captureOne(instance, file, size, dev);
      // Another task's reads on the same disk show in the stat delta: only a quiet run is kept.
      if (f.stat.reads === f.requests.length) {
        writeFileSync(path.join(RA_DIR, `read.file=${size}.json`), JSON.stringify(f, null, 2) + '\n');
        process.stdout.write(
          `readahead file=${size}: ${f.requests.length} requests, ${f.windows.length} windows\n`,
        );
        break;
      }
      if (attempt === 10)
        die(`file=${size}: the disk was never quiet (stat ${f.stat.reads}, seen ${f.requests.length})`);
    }
  }
} finally {
  rmSync(instance, { recursive: true, force: true });
  if (fs.mounted) spawnSync('umount', [fs.dir]);
}
