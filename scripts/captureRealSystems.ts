// `npm run capture` (issue 18): the "Real systems" shelf's ground truth. Runs nginx (Debian's nginx-light or
// nginx) serving a 1 MiB file to curl on 127.0.0.1 with `sendfile on` and `off` (and directio, tcp_nopush,
// output_buffers 1 64k), and the JDK program
// tests/fidelity/java/RealSystems.java (FileChannel.transferTo, a heap and a direct ByteBuffer write, a
// MappedByteBuffer write, and RocketMQ's producer side: a READ_WRITE MappedByteBuffer filled from a socket and
// forced), each under `strace -f`, and writes each data-path window, normalised, to
// tests/fidelity/realSystems/. A missing tool skips its captures with a message; nothing else is touched.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { normaliseWindow, parseLog, windowOf, type LogCall } from '../tests/fidelity/realSystemsWindow';
import { REAL_FIXTURE_DIR, type RealFixture } from '../tests/fidelity/realSystemsFixture';

const ROOT = path.resolve(import.meta.dirname, '..');
const JAVA_SRC = path.join(ROOT, 'tests/fidelity/java/RealSystems.java');
const SIZE = 1048576;
const PORT = 18418;

function has(tool: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
}

function write(fixture: RealFixture): void {
  mkdirSync(REAL_FIXTURE_DIR, { recursive: true });
  const file = path.join(REAL_FIXTURE_DIR, `${fixture.name}.json`);
  writeFileSync(file, `${JSON.stringify(fixture, null, 2)}\n`);
  console.log(`wrote ${path.relative(ROOT, file)} (${fixture.window.length} calls)`);
}

function makeFile(dir: string): string {
  const file = path.join(dir, 'f.bin');
  const bytes = Buffer.alloc(SIZE);
  for (let i = 0; i < SIZE; i++) bytes[i] = (i * 131) & 0xff;
  writeFileSync(file, bytes);
  // Read it once so it is in the page cache (the fixtures are warm runs).
  readFileSync(file);
  return file;
}

const isMark = (name: string) => (c: LogCall) =>
  c.name === 'openat' && (c.args[1] ?? '').includes(`dpl-mark-${name}`);

/** The descriptor an openat of `file` returned. */
function openedFd(calls: readonly LogCall[], file: string): string | undefined {
  return calls.find((c) => c.name === 'openat' && c.args[1] === `"${file}"` && /^\d+$/.test(c.ret))?.ret;
}

/** One window of the JDK program's log: the calls between two markers, and the fixture they stand for. */
interface JavaWindow {
  readonly fixture: Omit<RealFixture, 'window' | 'source'>;
  readonly what: string;
  readonly from: string;
  readonly to: string;
  /** The window's file and socket descriptors, from the whole log. */
  readonly fds: 'served' | 'commitLog';
}

const warm = { file: String(SIZE), cache: 'warm' };

const JAVA_WINDOWS: readonly JavaWindow[] = [
  {
    fixture: { name: 'kafka-fetch', scenario: 'kafka-fetch', params: warm },
    what: 'FileChannel.transferTo',
    from: 'transferTo',
    to: 'heap',
    fds: 'served',
  },
  {
    fixture: {
      name: 'netty-send.mode=fileregion',
      scenario: 'netty-send',
      params: { ...warm, mode: 'fileregion' },
    },
    what: 'FileChannel.transferTo',
    from: 'transferTo',
    to: 'heap',
    fds: 'served',
  },
  {
    fixture: {
      name: 'netty-send.mode=heap',
      scenario: 'netty-send',
      params: { ...warm, buf: '65536', mode: 'heap' },
    },
    what: 'heap ByteBuffer read + write',
    from: 'heap',
    to: 'direct',
    fds: 'served',
  },
  {
    fixture: {
      name: 'netty-send.mode=direct',
      scenario: 'netty-send',
      params: { ...warm, buf: '65536', mode: 'direct' },
    },
    what: 'direct ByteBuffer read + write',
    from: 'direct',
    to: 'mapped',
    fds: 'served',
  },
  {
    fixture: { name: 'rocketmq-commitlog', scenario: 'rocketmq-commitlog', params: warm },
    what: 'MappedByteBuffer write',
    from: 'mapped',
    to: 'end',
    fds: 'served',
  },
  {
    // RealSystems.java's FETCH: each fetch response is one FileChannel.transferTo of at most 256 KiB.
    fixture: {
      name: 'kafka-fetch.fetch=262144',
      scenario: 'kafka-fetch',
      params: { ...warm, fetch: '262144' },
    },
    what: 'FileChannel.transferTo of at most 256 KiB per fetch',
    from: 'fetch',
    to: 'fetchEnd',
    fds: 'served',
  },
  {
    // RealSystems.java's P and PB; the message has arrived before the first read (preset loopback).
    fixture: {
      name: 'rocketmq-commitlog.side=producer',
      scenario: 'rocketmq-commitlog',
      params: { file: '65536', buf: '16384', side: 'producer', preset: 'loopback' },
    },
    what: 'SocketChannel.read into a direct buffer, MappedByteBuffer.put (READ_WRITE), force()',
    from: 'producer',
    to: 'producerEnd',
    fds: 'commitLog',
  },
];

function captureJava(dir: string): void {
  if (!has('java')) {
    console.log(
      'capture: java not found — skipping the JDK captures (apt-get install openjdk-17-jdk-headless)',
    );
    return;
  }
  const file = makeFile(dir);
  const commitLog = path.join(dir, 'commitlog');
  const calls = runUnderStrace(dir, 'java', ['java', JAVA_SRC, file, commitLog]);
  const served = openedFd(calls, file);
  const send = windowOf(calls, isMark('transferTo'), isMark('heap')).find((c) => c.name === 'sendfile');
  const log = openedFd(calls, commitLog);
  const read = windowOf(calls, isMark('producer'), isMark('producerEnd')).find((c) => c.name === 'read');
  if (!served || !send || !log || !read)
    throw new Error('java: a file was not opened, or no sendfile or socket read in its window');
  const fds = { served: [served, send.args[0]!], commitLog: [log, read.args[0]!] } as const;
  const jdk = 'OpenJDK (java RealSystems.java), strace -f';
  for (const w of JAVA_WINDOWS) {
    const [fileFd, sock] = fds[w.fds];
    const window = normaliseWindow(windowOf(calls, isMark(w.from), isMark(w.to)), fileFd, sock);
    write({ ...w.fixture, source: `${jdk}: ${w.what}`, window });
  }
}

/** Runs `argv` under `strace -f` to completion and returns its calls. */
function runUnderStrace(dir: string, name: string, argv: readonly string[]): LogCall[] {
  const log = path.join(dir, `${name}.strace`);
  const r = spawnSync('strace', ['-f', '-o', log, ...argv], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${name} under strace exited with ${r.status}`);
  return parseLog(readFileSync(log, 'utf8'));
}

/** nginx's settings for one capture, and the parameters the model runs with for them. */
interface NginxRun {
  readonly name: string;
  readonly conf: string;
  readonly params: Readonly<Record<string, string>>;
}

const NGINX_RUNS: readonly NginxRun[] = [
  ...(['on', 'off'] as const).map((sendfile) => ({
    name: `nginx-static.sendfile=${sendfile}`,
    conf: `sendfile ${sendfile}; output_buffers 1 32k;`,
    params: { file: String(SIZE), buf: '32768', cache: 'warm', sendfile },
  })),
  // directio: the 1 MiB file is above the threshold, so it is read with O_DIRECT and sendfile is off for it.
  {
    name: 'nginx-static.directio=on',
    conf: 'sendfile on; directio 4k; output_buffers 1 32k;',
    params: { file: String(SIZE), buf: '32768', cache: 'warm', directio: 'on' },
  },
  // tcp_nopush: TCP_CORK set before the header and cleared after the body (ngx_http_set_keepalive).
  {
    name: 'nginx-static.nopush=on',
    conf: 'sendfile on; tcp_nopush on; output_buffers 1 32k;',
    params: { file: String(SIZE), buf: '32768', cache: 'warm', sendfile: 'on', nopush: 'on' },
  },
  // output_buffers' size is the model's buf: 64 KiB reads and writevs. (`2 32k`, nginx's default, makes the
  // same calls as `1 32k` here: the second buffer is used only while the first still waits to be sent.)
  {
    name: 'nginx-static.buf=65536',
    conf: 'sendfile off; output_buffers 1 64k;',
    params: { file: String(SIZE), buf: '65536', cache: 'warm', sendfile: 'off' },
  },
];

/** Serves f.bin to curl once under `strace -f` with `run`'s settings; returns the log's calls. */
async function serveOnce(dir: string, run: NginxRun): Promise<LogCall[]> {
  const www = path.join(dir, 'www');
  mkdirSync(www, { recursive: true });
  makeFile(www);
  const conf = path.join(dir, `${run.name}.conf`);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((t) => `${t}_temp_path ${dir};`)
    .join(' ');
  writeFileSync(
    conf,
    `daemon off; master_process off; worker_processes 1; error_log ${dir}/error.log; pid ${dir}/nginx.pid;
events { worker_connections 16; }
http { access_log off; server_tokens off; ${run.conf} ${temp}
  server { listen 127.0.0.1:${PORT}; root ${www}; } }\n`,
  );
  const log = path.join(dir, `${run.name}.strace`);
  const nginx = spawn('strace', ['-f', '-o', log, 'nginx', '-c', conf, '-p', dir], { stdio: 'inherit' });
  await sleep(1500);
  const curl = spawnSync('curl', ['-s', '-o', '/dev/null', `http://127.0.0.1:${PORT}/f.bin`]);
  await sleep(500);
  nginx.kill('SIGTERM');
  spawnSync('sh', ['-c', `kill $(cat ${dir}/nginx.pid) 2>/dev/null`]);
  await new Promise((done) => nginx.on('exit', done));
  if (curl.status !== 0) throw new Error(`curl failed (${curl.status}) against nginx ${run.name}`);
  return parseLog(readFileSync(log, 'utf8'));
}

async function captureNginx(dir: string, run: NginxRun): Promise<void> {
  const calls = await serveOnce(dir, run);
  const accept = calls.find((c) => c.name === 'accept4' && /^\d+$/.test(c.ret));
  const open = calls.find((c) => c.name === 'openat' && (c.args[1] ?? '').endsWith('/f.bin"'));
  if (!accept || !open) throw new Error(`nginx ${run.name}: no accept4 or no open of the file`);
  // To the client's close of the connection (its request for the next response reads 0): tcp_nopush's
  // cork is cleared after the file's close, by ngx_http_set_keepalive.
  const window = windowOf(
    calls,
    (c) => c === accept,
    (c) => (c.name === 'recvfrom' && c.ret === '0') || (c.name === 'close' && c.args[0] === accept.ret),
    true,
  );
  write({
    name: run.name,
    scenario: 'nginx-static',
    params: run.params,
    source: `nginx ${nginxVersion()} (${run.conf.replace(/;$/, '')}) serving curl, strace -f`,
    window: normaliseWindow(window, open.ret, accept.ret),
  });
}

function nginxVersion(): string {
  const r = spawnSync('nginx', ['-v'], { encoding: 'utf8' });
  return /nginx\/([\d.]+)/.exec(r.stderr)?.[1] ?? '?';
}

async function main(): Promise<void> {
  if (!has('strace')) {
    console.log('capture: strace not found — skipping the real-systems captures');
    return;
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dpl-real-'));
  captureJava(dir);
  if (!has('nginx') || !has('curl')) {
    console.log(
      'capture: nginx or curl not found — skipping the nginx captures (apt-get install nginx-light curl)',
    );
    return;
  }
  for (const run of NGINX_RUNS) await captureNginx(dir, run);
}

await main();
