// `npm run capture` (issue 18): the "Real systems" shelf's ground truth. Runs nginx (Debian's nginx-light or
// nginx) serving a 1 MiB file to curl on 127.0.0.1 with `sendfile on` and `off`, and the JDK program
// tests/fidelity/java/RealSystems.java (FileChannel.transferTo, a heap and a direct ByteBuffer write, a
// MappedByteBuffer write), each under `strace -f`, and writes each data-path window, normalised, to
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

function captureJava(dir: string): void {
  if (!has('java')) {
    console.log(
      'capture: java not found — skipping the JDK captures (apt-get install openjdk-17-jdk-headless)',
    );
    return;
  }
  const file = makeFile(dir);
  const log = path.join(dir, 'java.strace');
  const r = spawnSync('strace', ['-f', '-o', log, 'java', JAVA_SRC, file], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`java under strace exited with ${r.status}`);
  const calls = parseLog(readFileSync(log, 'utf8'));
  const fileFd = calls.find(
    (c) => c.name === 'openat' && c.args[1] === `"${file}"` && /^\d+$/.test(c.ret),
  )?.ret;
  const send = windowOf(calls, isMark('transferTo'), isMark('heap')).find((c) => c.name === 'sendfile');
  if (!fileFd || !send) throw new Error('java: no open of the file or no sendfile in the transferTo window');
  const sock = send.args[0]!;
  const window = (from: string, to: string) =>
    normaliseWindow(windowOf(calls, isMark(from), isMark(to)), fileFd, sock);
  const jdk = 'OpenJDK (java RealSystems.java), strace -f';
  const warm = { file: String(SIZE), cache: 'warm' };
  write({
    name: 'kafka-fetch',
    scenario: 'kafka-fetch',
    params: warm,
    source: `${jdk}: FileChannel.transferTo`,
    window: window('transferTo', 'heap'),
  });
  write({
    name: 'netty-send.mode=fileregion',
    scenario: 'netty-send',
    params: { ...warm, mode: 'fileregion' },
    source: `${jdk}: FileChannel.transferTo`,
    window: window('transferTo', 'heap'),
  });
  write({
    name: 'netty-send.mode=heap',
    scenario: 'netty-send',
    params: { ...warm, buf: '65536', mode: 'heap' },
    source: `${jdk}: heap ByteBuffer read + write`,
    window: window('heap', 'direct'),
  });
  write({
    name: 'netty-send.mode=direct',
    scenario: 'netty-send',
    params: { ...warm, buf: '65536', mode: 'direct' },
    source: `${jdk}: direct ByteBuffer read + write`,
    window: window('direct', 'mapped'),
  });
  write({
    name: 'rocketmq-commitlog',
    scenario: 'rocketmq-commitlog',
    params: warm,
    source: `${jdk}: MappedByteBuffer write`,
    window: window('mapped', 'end'),
  });
}

async function captureNginx(dir: string, sendfile: 'on' | 'off'): Promise<void> {
  const www = path.join(dir, 'www');
  mkdirSync(www, { recursive: true });
  makeFile(www);
  const conf = path.join(dir, `nginx-${sendfile}.conf`);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((t) => `${t}_temp_path ${dir};`)
    .join(' ');
  writeFileSync(
    conf,
    `daemon off; master_process off; worker_processes 1; error_log ${dir}/error.log; pid ${dir}/nginx.pid;
events { worker_connections 16; }
http { access_log off; server_tokens off; sendfile ${sendfile}; output_buffers 1 32k; ${temp}
  server { listen 127.0.0.1:${PORT}; root ${www}; } }\n`,
  );
  const log = path.join(dir, `nginx-${sendfile}.strace`);
  const nginx = spawn('strace', ['-f', '-o', log, 'nginx', '-c', conf, '-p', dir], { stdio: 'inherit' });
  await sleep(1500);
  const curl = spawnSync('curl', ['-s', '-o', '/dev/null', `http://127.0.0.1:${PORT}/f.bin`]);
  await sleep(500);
  nginx.kill('SIGTERM');
  spawnSync('sh', ['-c', `kill $(cat ${dir}/nginx.pid) 2>/dev/null`]);
  await new Promise((done) => nginx.on('exit', done));
  if (curl.status !== 0) throw new Error(`curl failed (${curl.status}) against nginx sendfile ${sendfile}`);
  const calls = parseLog(readFileSync(log, 'utf8'));
  const accept = calls.find((c) => c.name === 'accept4' && /^\d+$/.test(c.ret));
  const open = calls.find((c) => c.name === 'openat' && (c.args[1] ?? '').endsWith('/f.bin"'));
  if (!accept || !open) throw new Error(`nginx sendfile ${sendfile}: no accept4 or no open of the file`);
  const window = windowOf(
    calls,
    (c) => c === accept,
    (c) => c.name === 'close',
    true,
  );
  write({
    name: `nginx-static.sendfile=${sendfile}`,
    scenario: 'nginx-static',
    params: { file: String(SIZE), buf: '32768', cache: 'warm', sendfile },
    source: `nginx ${nginxVersion()} (sendfile ${sendfile}; output_buffers 1 32k) serving curl, strace -f`,
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
  await captureNginx(dir, 'on');
  await captureNginx(dir, 'off');
}

await main();
