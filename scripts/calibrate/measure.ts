// The measuring half of `npm run calibrate`: compiles tests/fidelity/c/calibrate.c and runs it for every
// method, cache state and size, a few times each (the fastest run is kept: the machine may be shared).
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, statSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const METHODS = ['rw', 'mmap', 'sendfile', 'splice'] as const;
export type Method = (typeof METHODS)[number];
export type Cache = 'warm' | 'cold';

/**
 * One measured point: the fastest of `runs` runs of one method, cache state and size (each field its own
 * minimum). The machine may be shared: other work only ever adds time, so the minimum is the estimate of
 * the path's own cost that repeats best.
 */
export interface Measurement {
  readonly method: Method;
  readonly cache: Cache;
  readonly size: number;
  readonly buf: number;
  readonly runs: number;
  /** Until the receiver has every byte (the send queue drained), ns. */
  readonly elapsedNs: number;
  /** Until the last call returned, ns. */
  readonly lastCallNs: number;
  /** The sender's CPU time (getrusage), ns. */
  readonly userNs: number;
  readonly sysNs: number;
}

export interface Measurements {
  readonly machine: { readonly cpu: string; readonly cores: number; readonly kernel: string };
  readonly date: string;
  readonly program: string;
  /** A cold 4 KiB read (the fastest of the runs): the disk's latency. */
  readonly diskProbeNs: number;
  /** The disk streaming with O_DIRECT, 8 MiB reads (the fastest run), bytes per ns. */
  readonly diskBytesPerNs: number;
  /** One getppid() round trip, ns (the fastest of 20 rounds of 100,000). */
  readonly syscallNs: number;
  /** One 4 KiB memcpy from a 64 MiB buffer, ns (the fastest of 10 passes). */
  readonly memcpy4kNs: number;
  readonly points: readonly Measurement[];
}

const ROOT = path.resolve(import.meta.dirname, '../..');
const SOURCE = 'tests/fidelity/c/calibrate.c';
const BUILD = path.join(ROOT, 'tests/fidelity/build');
const PROGRAM = path.join(BUILD, 'calibrate');
const MiB = 1024 * 1024;

function sh(cmd: string, args: readonly string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

/** A file of `size` bytes that are not all the same (a real file on the disk, written once and kept). */
function dataFile(size: number): string {
  const file = path.join(BUILD, 'data', `calibrate-${size / MiB}m`);
  if (existsSync(file) && statSync(file).size === size) return file;
  mkdirSync(path.dirname(file), { recursive: true });
  const block = Buffer.alloc(MiB);
  for (let i = 0; i < block.length; i++) block[i] = (i * 2654435761) >>> 24;
  const fd = openSync(file, 'w');
  for (let off = 0; off < size; off += MiB) writeSync(fd, block, 0, Math.min(MiB, size - off));
  closeSync(fd);
  return file;
}

const min = (xs: readonly number[]): number => Math.min(...xs);

interface Run {
  elapsedNs: number;
  lastCallNs: number;
  userNs: number;
  sysNs: number;
}

/** One run; a run that could not get the cache state it needs (exit 3: pages not dropped yet) is retried. */
function timedRun(file: string, method: Method, cache: Cache): Run {
  for (let attempt = 1; ; attempt++) {
    const r = spawnSync(PROGRAM, [`method=${method}`, `file=${file}`, `cache=${cache}`, 'buf=4096'], {
      encoding: 'utf8',
    });
    if (r.status === 0) return JSON.parse(r.stdout) as Run;
    if (r.status !== 3 || attempt === 5) throw new Error(`calibrate ${method} ${cache} ${file}: ${r.stderr}`);
  }
}

/** Measures every method × cache × size; `log` gets one line per point. */
export function measure(sizes: readonly number[], runs: number, log: (line: string) => void): Measurements {
  mkdirSync(BUILD, { recursive: true });
  sh('cc', ['-O2', '-Wall', '-Wextra', '-o', PROGRAM, path.join(ROOT, SOURCE)]);
  const points: Measurement[] = [];
  const probes: number[] = [];
  for (const size of sizes) {
    const file = dataFile(size);
    for (let i = 0; i < runs; i++) {
      probes.push((JSON.parse(sh(PROGRAM, ['method=probe', `file=${file}`])) as Run).elapsedNs);
    }
    for (const cache of ['warm', 'cold'] as const) {
      for (const method of METHODS) {
        const rs: Run[] = [];
        for (let i = 0; i < runs; i++) rs.push(timedRun(file, method, cache));
        const p: Measurement = {
          method,
          cache,
          size,
          buf: 4096,
          runs,
          elapsedNs: min(rs.map((r) => r.elapsedNs)),
          lastCallNs: min(rs.map((r) => r.lastCallNs)),
          userNs: min(rs.map((r) => r.userNs)),
          sysNs: min(rs.map((r) => r.sysNs)),
        };
        points.push(p);
        log(
          `${method.padEnd(8)} ${cache} ${String(size / MiB).padStart(5)} MiB  ${(p.elapsedNs / 1e6).toFixed(1)} ms`,
        );
      }
    }
  }
  const micro = (method: string) => (JSON.parse(sh(PROGRAM, [`method=${method}`])) as { ns: number }).ns;
  const syscallNs = Math.min(...Array.from({ length: runs }, () => micro('syscall')));
  const memcpy4kNs = Math.min(...Array.from({ length: runs }, () => micro('memcpy')));
  const big = dataFile(sizes[sizes.length - 1]!);
  const diskBytesPerNs = Math.max(
    ...Array.from(
      { length: runs },
      () => (JSON.parse(sh(PROGRAM, ['method=diskbw', `file=${big}`])) as { bytesPerNs: number }).bytesPerNs,
    ),
  );
  const cpu = /model name\s*:\s*(.*)/.exec(sh('cat', ['/proc/cpuinfo']))?.[1] ?? os.cpus()[0]?.model ?? '?';
  return {
    machine: { cpu, cores: os.cpus().length, kernel: os.release() },
    date: new Date().toISOString().slice(0, 10),
    program: SOURCE,
    diskProbeNs: min(probes),
    diskBytesPerNs,
    syscallNs,
    memcpy4kNs,
    points,
  };
}
