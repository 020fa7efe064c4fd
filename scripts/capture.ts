// `npm run capture`: real-Linux ground truth for the fidelity test (DESIGN §10).
//
// Compiles tests/fidelity/c/*.c, makes deterministic test files on the (block-backed) root filesystem,
// runs each scenario program under `strace -f` (for the syscalls) and again without strace (for the
// getrusage page-fault deltas, which strace perturbs), in a cold and a warm page cache, and writes one
// normalised fixture per run to tests/fidelity/fixtures/. Linux only; needs cc, strace and root-free
// posix_fadvise (no drop_caches). Reruns reproduce the fixtures byte for byte except `capturedAt`.
import type { ChildProcess } from 'node:child_process';
import { spawn, spawnSync } from 'node:child_process';
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Faults, FaultStep, Fixture } from '../tests/fidelity/fixture';
import { FIXTURE_DIR, fixtureFileName, variantOf } from '../tests/fidelity/fixture';
import { normaliseStrace } from '../tests/fidelity/normalise';
import { captureStacks } from './captureStacks';
import { startPeer, type PeerOptions } from './peer';

const ROOT = path.resolve(import.meta.dirname, '..');
const SRC = path.join(ROOT, 'tests/fidelity/c');
const BUILD = path.join(ROOT, 'tests/fidelity/build');
const DATA = path.join(BUILD, 'data');
const RAW = path.join(BUILD, 'strace');
/** The raw `strace -f` logs, committed (the fixtures keep only the normalised window). */
const RAW_LOG_DIR = path.join(ROOT, 'tests/fidelity/raw');
const SIZES = [4096, 10000, 12288, 1048576];
const CACHES = ['cold', 'warm'] as const;
const LOOPS = ['size', 'eof'] as const;
const MARKER = 'close(-1) = -1 EBADF (Bad file descriptor)';
// glibc's rseq registration lets the kernel write the TLS page after any preemption; after fork() that
// write is a CoW fault at a random moment, which made cow-fork's per-store deltas flaky (30 of 50 runs).
const ENV = {
  PATH: process.env.PATH ?? '/usr/bin:/bin',
  LC_ALL: 'C',
  GLIBC_TUNABLES: 'glibc.pthread.rseq=0',
};

type Cache = (typeof CACHES)[number];

interface Plan {
  scenario: string;
  program: string;
  params: Record<string, string>;
  args: string[];
  file?: number;
  cache?: Cache;
  /** Sends the file to the sink over fd 4. */
  sends: boolean;
  /** Receives the file from a peer (source.c) on fd 4 instead. */
  receives?: boolean;
  /** Writes a copy of the file to this path (under BUILD), checked against the file afterwards. */
  out?: string;
  /** How the traced program must end (exitOf). */
  exit: string;
  /** The window depends on timing: keep one seen twice (stableTrace). */
  timing?: boolean;
}

interface Report extends Faults {
  written?: NonNullable<Fixture['written']>;
  resident?: number;
  residentAfter?: number;
  pages?: number;
  steps?: FaultStep[];
  processes?: Record<string, Faults>;
  siCode?: number;
  siAddr?: string;
}

interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Every child still running: none may outlive the capture, whatever ends it. */
const live = new Set<ChildProcess>();
process.on('exit', () => live.forEach((c) => c.kill('SIGKILL')));

function track<T extends ChildProcess>(child: T): T {
  live.add(child);
  child.on('close', () => live.delete(child));
  return child;
}

const PEER: PeerOptions = { cwd: BUILD, env: ENV, onSpawn: track };

function die(message: string): never {
  process.stderr.write(`capture: ${message}\n`);
  process.exit(1);
}

function requireTool(tool: string, why: string): void {
  if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) die(`${tool} not found on PATH (${why})`);
}

function run(cmd: string, args: string[], timeoutMs = 120_000): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: BUILD, env: ENV, stdio: ['ignore', 'pipe', 'pipe'] });
    track(child);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

function compile(): void {
  mkdirSync(BUILD, { recursive: true });
  const staticOk =
    spawnSync('sh', ['-c', 'echo "int main(void){return 0;}" | cc -static -x c -o /dev/null -']).status === 0;
  if (!staticOk) process.stderr.write('capture: no static libc (libc6-dev libc.a); linking dynamically\n');
  for (const src of readdirSync(SRC).filter((f) => f.endsWith('.c'))) {
    const program = src.slice(0, -2);
    const libs = LIBS[program] ?? [];
    const flags = [
      '-O2',
      '-Wall',
      '-Wextra',
      ...(staticOk ? ['-static'] : []),
      '-o',
      path.join(BUILD, program),
      path.join(SRC, src),
      ...libs,
    ];
    const cc = spawnSync('cc', flags, { encoding: 'utf8' });
    if (cc.status === 0) continue;
    // A program that needs a library this machine lacks only stops the captures that run it.
    if (libs.length === 0) die(`cc ${src} failed:\n${cc.stderr}`);
    unbuilt.set(program, cc.stderr);
  }
}

/** Programs that link a library besides libc (io_uring.c: liburing, Debian's liburing-dev). */
const LIBS: Readonly<Record<string, string[]>> = { io_uring: ['-luring'] };
/** Programs that did not compile, with cc's message: their plans fail when they are reached. */
const unbuilt = new Map<string, string>();

/** xorshift32 stream: every test file is a prefix of the same deterministic bytes. */
function testBytes(size: number): Buffer {
  const out = Buffer.alloc(size);
  let x = 0x2545f491;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

function fnv1a64(bytes: Buffer): string {
  let h = 0xcbf29ce484222325n;
  for (const b of bytes) h = BigInt.asUintN(64, (h ^ BigInt(b)) * 0x100000001b3n);
  return h.toString(16).padStart(16, '0');
}

const dataPath = (size: number): string => path.join(DATA, `f${size}.bin`);

function makeTestFiles(): Map<number, string> {
  mkdirSync(DATA, { recursive: true });
  const sums = new Map<number, string>();
  for (const size of SIZES) {
    const bytes = testBytes(size);
    let current: Buffer | undefined;
    try {
      current = readFileSync(dataPath(size));
    } catch {
      current = undefined;
    }
    if (!current?.equals(bytes)) {
      const fd = openSync(dataPath(size), 'w');
      writeSync(fd, bytes);
      fsyncSync(fd); // dirty pages cannot be evicted by fadvise
      closeSync(fd);
    }
    sums.set(size, fnv1a64(bytes));
  }
  return sums;
}

/** "ext4 on /dev/vda"; O_DIRECT's EINVAL needs a block device (tmpfs ignores alignment). */
function filesystemOf(dir: string): string {
  const out = spawnSync('findmnt', ['-n', '-o', 'FSTYPE,SOURCE', '-T', dir], { encoding: 'utf8' });
  const [fstype, source] = (out.stdout ?? '').trim().split(/\s+/);
  if (out.status !== 0 || !fstype || !source) die(`cannot tell the filesystem of ${dir} (findmnt)`);
  if (fstype === 'tmpfs') die(`${dir} is on tmpfs: O_DIRECT alignment errors need a block-backed filesystem`);
  return `${fstype} on ${source}`;
}

function plans(): Plan[] {
  const out: Plan[] = [];
  const add = (
    scenario: string,
    program: string,
    params: Record<string, string>,
    exit = 'exited with 0',
    sends = true,
  ): void => {
    const file = params.file === undefined ? undefined : Number(params.file);
    const args = [
      ...(file === undefined ? [] : [`file=data/f${file}.bin`]),
      ...Object.entries(params)
        .filter(([k]) => k === 'loop' || k === 'bufoff' || k === 'pages')
        .map(([k, v]) => `${k}=${v}`),
    ];
    const cache = params.cache as Cache | undefined;
    out.push({ scenario, program, params, args, file, cache, sends: sends && file !== undefined, exit });
  };
  add('syscall', 'syscall', { arch: 'x86_64' });
  for (const [scenario, program] of [
    ['read-write', 'read_write'],
    ['sendfile', 'sendfile'],
    ['splice', 'splice'],
    ['direct-io', 'direct_io'],
  ] as const)
    for (const file of SIZES)
      for (const loop of LOOPS)
        for (const cache of CACHES) add(scenario, program, { file: String(file), loop, cache });
  for (const file of SIZES)
    for (const cache of CACHES) add('mmap-write', 'mmap_write', { file: String(file), cache });
  add('direct-io', 'direct_io', { file: '10000', bufoff: '1', cache: 'cold' }, 'exited with 1');
  add('cow-fork', 'cow_fork', { pages: '4' });
  add('kernel-access', 'kernel_access', { arch: 'x86_64' }, 'killed by SIGSEGV');
  // Issue 17: copy_file_range on this ext4 (the copy is data/copy.bin, no socket), and vmsplice to the sink.
  for (const file of SIZES)
    for (const cache of CACHES)
      add('copy-file-range', 'copy_file_range', { file: String(file), cache }, 'exited with 0', false);
  for (const file of SIZES) add('vmsplice', 'vmsplice', { file: String(file) });
  return [...out, ...writePlans(), ...uringPlans()];
}

/**
 * Issue 17's io_uring and MSG_ZEROCOPY runs. The sink is on 127.0.0.1, so they are loopback runs (the
 * `loopback` preset; msg-zerocopy's nic=loopback: the kernel copies the pinned pages on local delivery).
 */
function uringPlans(): Plan[] {
  const out: Plan[] = [];
  const ring = (file: number, cache: Cache, extra: Record<string, string> = {}): void => {
    const params = { file: String(file), cache, ...extra, preset: 'loopback' };
    const args = [`file=data/f${file}.bin`, ...Object.entries(extra).map(([k, v]) => `${k}=${v}`)];
    out.push({
      scenario: 'io-uring',
      program: 'io_uring',
      params,
      args,
      file,
      cache,
      sends: true,
      exit: 'exited with 0',
    });
  };
  for (const file of SIZES) for (const cache of CACHES) ring(file, cache);
  for (const file of [10000, 1048576]) {
    ring(file, 'warm', { op: 'send_zc' });
    ring(file, 'warm', { sqpoll: 'on' });
  }
  ring(1048576, 'warm', { batch: '8' });
  for (const file of SIZES) {
    const params = { file: String(file), nic: 'loopback', preset: 'loopback' };
    out.push({
      scenario: 'msg-zerocopy',
      program: 'msg_zerocopy',
      params,
      args: [`file=data/f${file}.bin`],
      file,
      sends: true,
      exit: 'exited with 0',
      timing: true,
    });
  }
  return out;
}

/** Issue 16's write side: the copy goes to data/out.bin; an O_DIRECT tail that is not aligned fails. */
function writePlans(): Plan[] {
  const out: Plan[] = [];
  const OUT = 'data/out.bin';
  const exitFor = (file: number, sync: string): string =>
    sync === 'direct' && file % 512 !== 0 ? 'exited with 1' : 'exited with 0';
  for (const file of SIZES)
    for (const sync of ['none', 'fsync', 'osync', 'direct']) {
      // The window opens once the peer's bytes are all queued: no wire to wait for, as in the loopback preset.
      const params = { file: String(file), sync, preset: 'loopback' };
      const args = [`size=${file}`, `sync=${sync}`, `out=${OUT}`];
      out.push({
        scenario: 'recv-write',
        program: 'recv_write',
        params,
        args,
        file,
        sends: false,
        receives: true,
        out: OUT,
        exit: exitFor(file, sync),
      });
    }
  const copy = (file: number, method: string, cache: Cache, sync: string): void => {
    const params = { file: String(file), method, cache, sync };
    const args = [`file=data/f${file}.bin`, `method=${method}`, `sync=${sync}`, `out=${OUT}`];
    out.push({
      scenario: 'file-copy',
      program: 'file_copy',
      params,
      args,
      file,
      cache,
      sends: false,
      out: OUT,
      exit: exitFor(file, sync),
    });
  };
  for (const file of SIZES)
    for (const method of ['rw', 'mmap', 'sendfile', 'splice'])
      for (const cache of CACHES) copy(file, method, cache, 'none');
  for (const file of [10000, 1048576])
    for (const sync of ['fsync', 'osync', 'direct']) copy(file, 'rw', 'warm', sync);
  return out;
}

async function setCache(plan: Plan): Promise<void> {
  if (plan.file === undefined || !plan.cache) return;
  const r = await run('./pcstat', [plan.cache, `data/f${plan.file}.bin`]);
  if (r.code !== 0) die(`could not make data/f${plan.file}.bin ${plan.cache} (resident ${r.stdout.trim()})`);
}

interface Received {
  bytes: number;
  fnv: string;
}

/** The receiving end: what it got ("bytes=N fnv=HEX"), checked against the file. */
const startSink = () =>
  startPeer(
    './sink',
    [],
    (out): Received | null => {
      const m = /bytes=(\d+) fnv=([0-9a-f]+)/.exec(out);
      return m ? { bytes: Number(m[1]), fnv: m[2] ?? '' } : null;
    },
    PEER,
  );

/** recv_write.c's sending peer: the bytes it sent ("sent=N"). */
const startSource = (file: number) =>
  startPeer(
    './source',
    [`file=data/f${file}.bin`],
    (out) => {
      const m = /sent=(\d+)/.exec(out);
      return m ? Number(m[1]) : null;
    },
    PEER,
  );

interface Outcome {
  result: RunResult;
  report: Report | undefined;
  received: Received | undefined;
}

async function runOnce(plan: Plan, traceFile: string | undefined, extra: string[] = []): Promise<Outcome> {
  await setCache(plan);
  const sink = plan.sends ? await startSink() : undefined;
  const source = plan.receives && plan.file !== undefined ? await startSource(plan.file) : undefined;
  const port = sink?.port ?? source?.port;
  const program = [`./${plan.program}`, ...plan.args, ...extra, ...(port ? [`port=${port}`] : [])];
  const result = traceFile
    ? await run('strace', ['-f', '-q', '-o', traceFile, '-e', 'trace=!getrusage', ...program])
    : await run(program[0] ?? '', program.slice(1));
  const received = sink ? await sink.ended() : undefined;
  if (source) await source.ended();
  const line = /^FIDELITY (\{.*\})$/m.exec(result.stderr);
  const report = line?.[1] ? (JSON.parse(line[1]) as Report) : undefined;
  return { result, report, received };
}

/** strace ends the way its tracee did: same exit code, or killed by the same signal. */
function exitOf(r: RunResult): string {
  return r.signal ? `killed by ${r.signal}` : `exited with ${r.code}`;
}

function residencyOk(plan: Plan, report: Report | undefined): boolean {
  if (!plan.cache) return true;
  if (!report) return false;
  return report.pages !== undefined && report.resident === (plan.cache === 'cold' ? 0 : report.pages);
}

/** Checks one run; a page-cache state that drifted (background reclaim) is retried, anything else is fatal. */
async function checkedRun(plan: Plan, traceFile: string | undefined, extra: string[] = []): Promise<Outcome> {
  for (let attempt = 1; ; attempt++) {
    const o = await runOnce(plan, traceFile, extra);
    const name = `${plan.scenario}.${variantOf(plan.params)}`;
    const exit = exitOf(o.result);
    const wanted = extra.includes('handler=1') ? 'exited with 0' : plan.exit;
    if (exit !== wanted) die(`${name}: ${exit}, expected ${wanted}\n${o.result.stderr}`);
    if (plan.sends && o.received && plan.file !== undefined && wanted === 'exited with 0') {
      if (o.received.bytes !== plan.file || o.received.fnv !== sums.get(plan.file))
        die(`${name}: the sink received ${o.received.bytes} bytes that differ from the file`);
    }
    if (plan.out && plan.file !== undefined && wanted === 'exited with 0') {
      if (fnv1a64(readFileSync(path.join(BUILD, plan.out))) !== sums.get(plan.file))
        die(`${name}: ${plan.out} differs from the file it copies`);
    }
    if (residencyOk(plan, o.report)) return o;
    if (attempt === 5) die(`${name}: page cache not ${plan.cache} before the window after 5 attempts`);
  }
}

/** The lines between P1's two markers (or to the end, if P1 was killed inside the window). */
function cutWindow(raw: string): { lines: string[]; pid: number } {
  const lines = raw.trimEnd().split('\n');
  const isMarker = (l: string): boolean => l.replace(/^\d+\s+/, '').replace(/ {2,}= /, ' = ') === MARKER;
  const start = lines.findIndex(isMarker);
  if (start < 0) die('no start marker in the strace');
  const pid = Number(/^(\d+)/.exec(lines[start] ?? '')?.[1]);
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l) => isMarker(l) && l.startsWith(`${pid} `));
  return { lines: end < 0 ? rest : rest.slice(0, end), pid };
}

/** Repeats the un-traced run until the same report came twice, so one noisy run cannot become a fixture. */
async function stableFaults(plan: Plan, extra: string[]): Promise<Report> {
  const seen: string[] = [];
  for (let attempt = 0; attempt < 6; attempt++) {
    const { report } = await checkedRun(plan, undefined, extra);
    if (!report) die(`${plan.scenario}: no FIDELITY line from the un-traced run`);
    const key = JSON.stringify(report);
    if (seen.includes(key)) return report;
    seen.push(key);
  }
  return die(
    `${plan.scenario}.${variantOf(plan.params)}: page faults differ run to run: ${seen.join(' | ')}`,
  );
}

function pageCacheOf(r: Report): NonNullable<Fixture['pageCache']> {
  return { before: r.resident ?? -1, after: r.residentAfter ?? -1, pages: r.pages ?? -1 };
}

/**
 * The traced run. A plan marked `timing` (its window depends on when ACKs arrive: how MSG_ZEROCOPY's
 * notifications are grouped) is repeated until the same normalised window came twice, so one run slowed by
 * the machine's load cannot become the fixture.
 */
async function stableTrace(plan: Plan, traceFile: string): Promise<{ traced: Outcome; rawLog: string }> {
  const seen = new Map<string, number>();
  for (let attempt = 0; attempt < (plan.timing ? 8 : 1); attempt++) {
    const traced = await checkedRun(plan, traceFile);
    const rawLog = readFileSync(traceFile, 'utf8');
    const { lines, pid } = cutWindow(rawLog);
    const key = normaliseStrace(lines, [pid]).join('\n');
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    if (!plan.timing || count === 2) return { traced, rawLog };
  }
  return die(`${plan.scenario}.${variantOf(plan.params)}: no strace window came twice in 8 runs`);
}

async function capture(plan: Plan, meta: { kernel: string; filesystem: string }): Promise<Fixture> {
  const notBuilt = unbuilt.get(plan.program);
  if (notBuilt !== undefined)
    die(`${plan.program}.c did not compile (liburing-dev installed?):\n${notBuilt}`);
  const name = fixtureFileName(plan.scenario, plan.params).slice(0, -'.json'.length);
  const traceFile = path.join(RAW, `${name}.strace`);
  const { traced, rawLog } = await stableTrace(plan, traceFile);
  // The whole log is kept too: the strace importer replays it (tests/sim/program/strace/realLogs.test.ts).
  writeFileSync(path.join(RAW_LOG_DIR, `${name}.strace`), rawLog);
  const { lines, pid } = cutWindow(rawLog);
  const handler = plan.scenario === 'kernel-access' ? ['handler=1'] : [];
  const faults = await stableFaults(plan, handler);
  const fixture: Fixture = {
    scenario: plan.scenario,
    variant: variantOf(plan.params),
    params: plan.params,
    program: ['tests/fidelity/c/' + plan.program + '.c', ...plan.args].join(' '),
    strace: normaliseStrace(lines, [pid]),
    exit: exitOf(traced.result),
    pageFaults: { minor: faults.minor, major: faults.major },
    ...(faults.steps && { pageFaultSteps: faults.steps }),
    ...(faults.processes && { pageFaultsByProcess: faults.processes }),
    ...(faults.siAddr !== undefined && { signal: { siCode: faults.siCode ?? 0, siAddr: faults.siAddr } }),
    ...(plan.cache && { pageCache: pageCacheOf(faults) }),
    ...(faults.written && faults.written.dirty >= 0 && { written: faults.written }),
    ...(traced.received && { bytesReceived: traced.received.bytes }),
    kernel: meta.kernel,
    filesystem: meta.filesystem,
    capturedAt: new Date().toISOString(),
  };
  writeFileSync(path.join(FIXTURE_DIR, `${name}.json`), JSON.stringify(fixture, null, 2) + '\n');
  return fixture;
}

if (os.platform() !== 'linux' || os.arch() !== 'x64') die('captures need Linux on x86-64');
requireTool('cc', 'compiles tests/fidelity/c');
requireTool('strace', 'records the syscalls');
requireTool('findmnt', 'names the filesystem');
compile();
const sums = makeTestFiles();
const meta = { kernel: `${os.release()} ${os.version()}`, filesystem: filesystemOf(DATA) };
mkdirSync(RAW, { recursive: true });
mkdirSync(FIXTURE_DIR, { recursive: true });
mkdirSync(RAW_LOG_DIR, { recursive: true });
process.stdout.write(`capture: ${meta.kernel}, ${meta.filesystem}\n`);
// `--only recv-write,file-copy` (or CAPTURE_ONLY=recv-write,file-copy) recaptures those scenarios and leaves
// the other fixtures as they are.
const onlyArg = process.argv.indexOf('--only');
const onlyList = onlyArg >= 0 ? process.argv[onlyArg + 1] : process.env.CAPTURE_ONLY;
const only = onlyList === undefined ? undefined : new Set(onlyList.split(','));
for (const plan of plans().filter((p) => !only || only.has(p.scenario))) {
  const f = await capture(plan, meta);
  const pf = f.pageFaults;
  process.stdout.write(
    `${(f.scenario + '.' + f.variant).padEnd(48)} ${String(f.strace.length).padStart(4)} lines  faults ${pf.minor}/${pf.major}  ${f.exit}\n`,
  );
}
// Kernel call stacks at the tracepoints on each scenario's path (tests/fidelity/stacks.test.ts). Needs root
// and tracefs; without them the strace fixtures above still stand and the committed stacks are kept.
try {
  if (!only) await captureStacks();
} catch (e) {
  process.stderr.write(`capture: kernel stacks not captured (${(e as Error).message})\n`);
}
