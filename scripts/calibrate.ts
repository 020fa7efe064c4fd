// `npm run calibrate [-- --quick] [-- --fit-only]`: measures how long real Linux takes to send a file over TCP
// loopback by read+write, mmap+write, sendfile and splice (cold and warm, 8 MiB – 1 GiB; tests/fidelity/c/
// calibrate.c), fits the cost model's few deciding parameters to it, and writes
//   tests/fidelity/calibration/this-machine.json  — the raw measurements (fastest run of each point), and
//   src/sim/presets/thisMachine.json              — the fitted costs: the `this-machine` preset.
// The raw file keeps the fastest run ever seen on the same machine (CPU and kernel): a shared machine only
// ever adds time, so re-running refines it. --fresh starts over; --fit-only refits the stored measurements.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { simulate } from '../src/sim/index';
import { SCENARIO_OF, fitDisk, fitWarm, GROUPS, paramsOf } from './calibrate/fit';
import { measure, type Measurement, type Measurements } from './calibrate/measure';

const ROOT = path.resolve(import.meta.dirname, '..');
const RAW = path.join(ROOT, 'tests/fidelity/calibration/this-machine.json');
const PRESET = path.join(ROOT, 'src/sim/presets/thisMachine.json');
const MiB = 1024 * 1024;

const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const log = (line: string) => process.stdout.write(`${line}\n`);

function merge(old: Measurements | null, now: Measurements): Measurements {
  if (!old || old.machine.cpu !== now.machine.cpu || old.machine.kernel !== now.machine.kernel) return now;
  const key = (p: Measurement) => `${p.method} ${p.cache} ${p.size} ${p.buf}`;
  const best = new Map(old.points.map((p) => [key(p), p]));
  for (const p of now.points) {
    const o = best.get(key(p));
    best.set(
      key(p),
      o
        ? {
            ...p,
            runs: o.runs + p.runs,
            elapsedNs: Math.min(o.elapsedNs, p.elapsedNs),
            lastCallNs: Math.min(o.lastCallNs, p.lastCallNs),
            userNs: Math.min(o.userNs, p.userNs),
            sysNs: Math.min(o.sysNs, p.sysNs),
          }
        : p,
    );
  }
  return {
    ...now,
    diskProbeNs: Math.min(old.diskProbeNs, now.diskProbeNs),
    diskBytesPerNs: Math.max(old.diskBytesPerNs ?? 0, now.diskBytesPerNs),
    syscallNs: Math.min(old.syscallNs, now.syscallNs),
    memcpy4kNs: Math.min(old.memcpy4kNs, now.memcpy4kNs),
    points: [...best.values()],
  };
}

const old = existsSync(RAW) ? (JSON.parse(readFileSync(RAW, 'utf8')) as Measurements) : null;
let m: Measurements;
if (args.has('--fit-only')) {
  if (!old) throw new Error(`no measurements in ${path.relative(ROOT, RAW)}: run npm run calibrate first`);
  m = old;
} else {
  const sizes = quick ? [8, 64, 256] : [8, 32, 128, 512, 1024];
  m = measure(
    sizes.map((s) => s * MiB),
    quick ? 3 : 5,
    log,
  );
  m = merge(args.has('--fresh') ? null : old, m);
  writeFileSync(RAW, `${JSON.stringify(m, null, 2)}\n`);
  log(`wrote ${path.relative(ROOT, RAW)}`);
}

const warm = fitWarm(m);
GROUPS.forEach((g, i) => log(`${g.name.padEnd(40)} × ${warm.scales[i]!.toFixed(2)}`));
const costs = { ...warm.costs, ...fitDisk(m, warm.costs) };
const preset = { machine: m.machine, date: m.date, costs };
writeFileSync(PRESET, `${JSON.stringify(preset, null, 2)}\n`);
log(`wrote ${path.relative(ROOT, PRESET)}`);

// How the fitted model compares, point by point (the README's table is made from the same numbers).
log('method    cache   size     measured      model');
for (const p of [...m.points].sort((a, b) => a.size - b.size)) {
  const t = simulate(SCENARIO_OF[p.method], paramsOf(p), { cost: costs });
  log(
    `${p.method.padEnd(9)} ${p.cache.padEnd(5)} ${String(p.size / MiB).padStart(5)} MiB ` +
      `${(p.elapsedNs / 1e6).toFixed(1).padStart(8)} ms ${(t.totals.simTimeNs / 1e6).toFixed(1).padStart(8)} ms`,
  );
}
