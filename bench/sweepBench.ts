// `npm run bench` (second part): is the cost of a run linear in its size? Every scenario that sends a file,
// cache cold and warm, sg on and off where it applies, at 64 MiB and 512 MiB, each in a fresh Node process:
// build time, ns per step and retained bytes per step. A row fails when ns per step at 512 MiB is more than
// 1.5 × the 64 MiB figure, or when retained bytes per step grow by more than 1.5 ×. Writes bench/results/sweep.md.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Point {
  readonly scenario: string;
  readonly params: Record<string, string>;
}
interface Measure {
  readonly steps: number;
  readonly ms: number;
  readonly retained: number;
}

const SIZES = ['64m', '512m'] as const;
const SG_SCENARIOS = new Set(['sendfile', 'splice']);
const SCENARIOS = ['read-write', 'mmap-write', 'sendfile', 'splice', 'direct-io'];
const GROWTH_LIMIT = 1.5;

const here = dirname(fileURLToPath(import.meta.url));

async function child(p: Point): Promise<Measure> {
  const { simulate, parseParams } = await import('../src/sim/index');
  const parsed = parseParams(p.scenario, p.params);
  if (!parsed.ok) throw new Error(parsed.error);
  const gc = (globalThis as { gc?: () => void }).gc;
  // Warm the JIT on a small run of the same shape, then measure from a clean heap.
  simulate(p.scenario as never, { ...parsed.params, file: 4 * 1024 * 1024 });
  gc?.();
  const before = process.memoryUsage();
  const t0 = performance.now();
  const trace = simulate(p.scenario as never, parsed.params);
  const ms = performance.now() - t0;
  gc?.();
  const after = process.memoryUsage();
  const retained = after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers;
  return { steps: trace.length, ms, retained };
}

function run(p: Point): Measure {
  const out = execFileSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), '--child', JSON.stringify(p)],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return JSON.parse(out) as Measure;
}

function rows(): { label: string; point: (file: string) => Point }[] {
  const out: { label: string; point: (file: string) => Point }[] = [];
  for (const scenario of SCENARIOS)
    for (const cache of ['cold', 'warm'])
      for (const sg of SG_SCENARIOS.has(scenario) ? ['on', 'off'] : [undefined]) {
        const extra: Record<string, string> = sg ? { cache, sg } : { cache };
        out.push({
          label: `${scenario} cache=${cache}${sg ? ` sg=${sg}` : ''}`,
          point: (file) => ({ scenario, params: { ...extra, file } }),
        });
      }
  // Issue 16: receiving into a file, and copying one file to another by each method.
  for (const sync of ['none', 'fsync'])
    out.push({
      label: `recv-write sync=${sync}`,
      point: (file) => ({ scenario: 'recv-write', params: { sync, file } }),
    });
  for (const method of ['rw', 'mmap', 'sendfile', 'splice'])
    out.push({
      label: `file-copy method=${method} sync=fsync`,
      point: (file) => ({ scenario: 'file-copy', params: { method, sync: 'fsync', file } }),
    });
  // Issue 17: io_uring with and without SQPOLL and SEND_ZC, MSG_ZEROCOPY on each device.
  const uringRuns: readonly (readonly [string, string])[] = [
    ['off', 'send'],
    ['on', 'send_zc'],
  ];
  for (const [sqpoll, op] of uringRuns)
    out.push({
      label: `io-uring sqpoll=${sqpoll} op=${op}`,
      point: (file) => ({ scenario: 'io-uring', params: { sqpoll, op, file } }),
    });
  for (const nic of ['real', 'loopback'])
    out.push({
      label: `msg-zerocopy nic=${nic}`,
      point: (file) => ({ scenario: 'msg-zerocopy', params: { nic, file } }),
    });
  // BENCH_ONLY=text keeps only the rows whose label contains it.
  return out.filter((r) => r.label.includes(process.env.BENCH_ONLY ?? ''));
}

if (process.argv[2] === '--child') {
  process.stdout.write(JSON.stringify(await child(JSON.parse(process.argv[3]!) as Point)));
} else {
  const lines = [
    '| run | steps 64 MiB / 512 MiB | build ms | ns per step | retained B per step | ok |',
    '|---|---|---|---|---|---|',
  ];
  let failures = 0;
  for (const r of rows()) {
    const [small, big] = SIZES.map((f) => run(r.point(f))) as [Measure, Measure];
    const nsSmall = (small.ms * 1e6) / small.steps;
    const nsBig = (big.ms * 1e6) / big.steps;
    const bSmall = small.retained / small.steps;
    const bBig = big.retained / big.steps;
    const ok = nsBig <= GROWTH_LIMIT * nsSmall && bBig <= GROWTH_LIMIT * Math.max(bSmall, 1);
    if (!ok) failures++;
    lines.push(
      `| ${r.label} | ${small.steps.toLocaleString('en-US')} / ${big.steps.toLocaleString('en-US')} | ` +
        `${small.ms.toFixed(0)} / ${big.ms.toFixed(0)} | ${nsSmall.toFixed(0)} / ${nsBig.toFixed(0)} | ` +
        `${bSmall.toFixed(0)} / ${bBig.toFixed(0)} | ${ok ? 'yes' : 'NO'} |`,
    );
    process.stderr.write(`${lines.at(-1)}\n`);
  }
  const table = lines.join('\n');
  process.stdout.write(`${table}\n`);
  mkdirSync(join(here, 'results'), { recursive: true });
  writeFileSync(join(here, 'results', 'sweep.md'), `${table}\n`);
  process.exitCode = failures ? 1 : 0;
}
