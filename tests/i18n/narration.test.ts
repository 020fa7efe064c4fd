import { describe, expect, it } from 'vitest';
import { CATALOGS, LOCALES, loadLocale, placeholders } from '../../src/i18n/index';
import { narrate, narrationKey, narrationParams } from '../../src/i18n/narrate';
import {
  SITES,
  SCENARIO_IDS,
  getStep,
  runProgram,
  simulate,
  type Params,
  type ProgramTrace,
  type ScenarioId,
} from '../../src/sim/index';

// Chinese is loaded on demand in the app; these checks need every catalogue.
await Promise.all(LOCALES.map(loadLocale));

/** Every scenario with its defaults, plus variants that reach the other branches of the model. */
const RUNS: [ScenarioId, Partial<Params>][] = [
  ...SCENARIO_IDS.map((id): [ScenarioId, Partial<Params>] => [id, {}]),
  ['syscall', { arch: 'i386' }],
  ['read-write', { file: 10000 }],
  ['read-write', { file: 10000, cache: 'warm', loop: 'eof' }],
  ['read-write', { file: 100000, buf: 1000, page: 16384, ra: 2 }],
  ['read-write', { file: 100000, cache: 'warm', sndbuf: 16384, autocork: 'on', buf: 1000 }],
  ['mmap-write', { file: 10000 }],
  ['mmap-write', { file: 100000, cache: 'warm' }],
  ['mmap-write', { file: 300000, fa: 4, ra: 8 }],
  ['mmap-write', { file: 4 * 1024 ** 3, arch: 'i386' }], // ENOMEM
  ['sendfile', { sg: 'off' }],
  ['sendfile', { file: 10000, loop: 'eof', cache: 'warm' }],
  ['splice', { file: 10000 }],
  ['splice', { file: 100000, sg: 'off', loop: 'eof', cache: 'warm' }],
  ['direct-io', { file: 10000 }],
  ['direct-io', { bufoff: 1 }], // EINVAL
  ['direct-io', { file: 10000, loop: 'eof', cache: 'warm' }],
  ['cow-fork', { pages: 2, arch: 'i386' }],
  ['cow-fork', { page: 16384 }],
  ['kernel-access', { arch: 'i386' }],
  ['recv-write', { sync: 'fsync', file: 10000 }],
  ['recv-write', { sync: 'osync', loop: 'eof' }],
  ['recv-write', { sync: 'direct', file: 100000, buf: 65536 }],
  ['recv-write', { sync: 'direct', file: 1000 }], // EINVAL: 1000 is not a multiple of 512
  ['recv-write', { expire: 0 }], // the flusher
  ['file-copy', { method: 'mmap', sync: 'fsync', file: 100000 }],
  ['file-copy', { method: 'sendfile', sync: 'osync', file: 100000 }],
  ['file-copy', { method: 'splice', file: 100000, cache: 'warm' }],
  // Issue 17: copy_file_range on ext4 and with a reflink, vmsplice, and Linux's readahead windows.
  ['file-copy', { method: 'copy_file_range', file: 100000 }],
  ['copy-file-range', { fs: 'btrfs', file: 100000 }],
  ['vmsplice', { file: 100000 }],
  ['read-write', { ra: 'linux', rakb: 8192, file: 2097152 }],
  // Issue 17: SQPOLL with SEND_ZC and an odd batch; SEND_ZC waiting in io_uring_enter; MSG_ZEROCOPY on loopback.
  ['io-uring', { sqpoll: 'on', op: 'send_zc', batch: 7, file: 100000 }],
  ['io-uring', { op: 'send_zc', file: 100000 }],
  ['msg-zerocopy', { nic: 'loopback', file: 300000, buf: 65536, sndbuf: 65536 }],
  // Issue 18: the JDK's user-space copy (heap) and nginx's pread64 (sendfile off).
  ['netty-send', { mode: 'heap', file: 10000 }],
  ['nginx-static', { sendfile: 'off', file: 10000 }],
  // Issue 18's leftovers: RocketMQ's producer (the writable shared mapping, msync); nginx's writev.
  ['rocketmq-commitlog', { side: 'producer', file: 10000 }],
  ['nginx-static', { directio: 'on', file: 10000 }],
  // nginx's tcp_nopush: TCP_CORK set and cleared, the whole segments of the held tail split off.
  ['nginx-static', { nopush: 'on', file: 10000 }],
];

/**
 * Programs that reach the sites no scenario does: issue 16's read() on a socket, fdatasync and sync_file_range
 * (its EINVAL too), calls the model
 * does not run, and bad descriptors.
 */
const PROGRAMS: string[] = [
  // lseek: the position moves (and a negative offset fails with EINVAL).
  [
    'world file 3 = { size: 8192, cache: "warm" };',
    'world buffer buf = { size: 4096 };',
    'read(3, buf, 4096);',
    'lseek(3, 0, SEEK_SET);',
    'lseek(3, -1, SEEK_SET);',
    'read(3, buf, 4096);',
  ].join('\n'),
  [
    'world tcp 4 = { peer: 10000 };',
    'world file 3 = { flags: O_WRONLY | O_CREAT | O_TRUNC };',
    'world buffer buf = { size: 4096 };',
    'for (got = 0; got < 10000; got += n) { n = read(4, buf, 4096); write(3, buf, n); }',
    'fdatasync(3);',
    'sync_file_range(3, 0, 4096, SYNC_FILE_RANGE_WRITE);',
    'sync_file_range(3, 0, 0, 8);',
  ].join('\n'),
  [
    'world file 3 = { size: 8192 };',
    'world buffer buf = { size: 4096 };',
    'syscall("fstat", 0);',
    'syscall("openat", -ENOENT);',
    'n = read(7, buf, 4096);',
    'close(3);',
    'close(3);',
  ].join('\n'),
  '*(char *)PAGE_OFFSET = 1;',
  // Issue 14: SIGSEGV in the user half (no VMA below mmap_min_addr; a store to the read-only mapping).
  'x = *(long *)0;',
  '*(char *)16 = 1;',
  [
    'world file 3 = { size: 8192, cache: "warm" };',
    'p = mmap(NULL, 8192, PROT_READ, MAP_SHARED, 3, 0);',
    'p[0] = 1;',
  ].join('\n'),
  // Issue 18: a plain store into the writable shared mapping, msync's failure and MS_ASYNC, a mapping of a
  // file opened O_WRONLY (EACCES).
  [
    'world file 3 = { flags: O_RDWR | O_CREAT };',
    'p = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_SHARED, 3, 0);',
    'p[4096] = 1;',
    'msync(p + 1, 4096, MS_SYNC);',
    'msync(p, 8192, MS_ASYNC);',
  ].join('\n'),
  [
    'world file 3 = { flags: O_WRONLY | O_CREAT };',
    'p = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_SHARED, 3, 0);',
  ].join('\n'),
  // Issue 17's failures: io_uring_setup(0), a ring mapping of length 0, send() of an unmapped buffer, an
  // empty error queue.
  [
    'world tcp 4;',
    'world buffer buf = { size: 4096 };',
    'r = io_uring_setup(0, 0);',
    'ring = io_uring_setup(4, 0);',
    'm = mmap(NULL, 0, PROT_READ | PROT_WRITE, MAP_SHARED, ring, IORING_OFF_SQES);',
    'n = send(4, 0, 100, MSG_ZEROCOPY);',
    'recvmsg(4, msg, MSG_ERRQUEUE);',
  ].join('\n'),
];

function programTrace(text: string): ProgramTrace {
  const r = runProgram(text);
  if (!r.ok) throw new Error(r.problem.message);
  return r.trace;
}

/** Sites no run reaches: exit_group never returns to user mode. */
const NEVER_EMITTED = ['exit_group.exit'];

/**
 * Placeholders that may legitimately be empty: mmap.exit's {addr} is '' when mmap fails (ENOMEM), because
 * syscall.exit only gives a hex address for positive returns. The message words the failure case itself.
 */
const MAY_BE_EMPTY = new Set(['step.mmap.exit:addr']);

const label = (id: ScenarioId, p: Partial<Params>): string => `${id} ${JSON.stringify(p)}`;

/** Every placeholder of every step's narration is filled, in both locales. */
function expectFilled(trace: ProgramTrace): void {
  expect(trace.length).toBeGreaterThan(0);
  const problems = new Set<string>();
  for (let i = 0; i < trace.length; i++) {
    const step = getStep(trace, i);
    const key = narrationKey(step.site, step.params);
    for (const locale of LOCALES) {
      const message = CATALOGS[locale][key];
      if (message === undefined) {
        problems.add(`${locale} ${key}: no message`);
        continue;
      }
      const params = narrationParams(locale, step.params);
      for (const name of placeholders(message)) {
        const value = params[name];
        if (value === undefined) problems.add(`${key}: {${name}} is not in step.params`);
        else if (value === '' && !MAY_BE_EMPTY.has(`${key}:${name}`))
          problems.add(`${key}: {${name}} is empty at step ${i}`);
      }
      const text = narrate(locale, step.site, step.params);
      if (/\{\w+\}/.test(text)) problems.add(`${locale} ${key}: unfilled placeholder in "${text}"`);
    }
  }
  expect([...problems]).toEqual([]);
}

describe('step narration', () => {
  it.each(LOCALES)('%s has a step.<site> message for every site', (locale) => {
    const missing = SITES.map((s) => `step.${s.id}`).filter((k) => !(k in CATALOGS[locale]));
    expect(missing).toEqual([]);
  });

  it('has no step.* message for a site that does not exist', () => {
    const sites = new Set(SITES.map((s) => `step.${s.id}`));
    expect(Object.keys(CATALOGS.en).filter((k) => k.startsWith('step.') && !sites.has(k))).toEqual([]);
  });

  it('has no stepUserPages.* message for a site that does not exist; vmsplice never says page cache', () => {
    const sites = new Set(SITES.map((s) => `stepUserPages.${s.id}`));
    expect(Object.keys(CATALOGS.en).filter((k) => k.startsWith('stepUserPages.') && !sites.has(k))).toEqual(
      [],
    );
    // vmsplice's and MSG_ZEROCOPY's pages are the process's own (data it made): from the pipe or the send to
    // the socket, the NIC and the ACK, no step says page cache or file page.
    const runs = [
      simulate('vmsplice', { file: 65536, sg: 'on' }),
      simulate('vmsplice', { file: 65536, sg: 'off' }),
      simulate('msg-zerocopy', { file: 65536, nic: 'real' }),
      simulate('msg-zerocopy', { file: 65536, nic: 'loopback' }),
    ];
    for (const [run, t] of runs.entries()) {
      for (let i = 0; i < t.length; i++) {
        const s = getStep(t, i);
        expect(narrate('en', s.site, s.params), `run ${run} step ${i}`).not.toMatch(
          /(?<!not )from the page cache|page-cache frames|file page/,
        );
        expect(narrate('zh-CN', s.site, s.params), `run ${run} step ${i}`).not.toMatch(
          /(?<!不是)从页缓存|页缓存页帧|文件页/,
        );
      }
    }
  });

  it("the receive path names the stream's bytes, not a file's page, until they are written to the file", () => {
    const t = simulate('recv-write', { file: 16384 });
    const rx = ['dma.wire_to_rx', 'net.rx_deliver', 'copy.skb_to_user'];
    const steps = [...Array(t.length).keys()].map((i) => getStep(t, i)).filter((s) => rx.includes(s.site));
    expect(new Set(steps.map((s) => s.site)).size).toBe(3);
    for (const s of steps) {
      expect(narrate('en', s.site, s.params)).toMatch(/the stream’s pages? \d/);
      expect(narrate('en', s.site, s.params)).not.toContain('file page');
      expect(narrate('zh-CN', s.site, s.params)).toContain('数据流的第');
    }
  });

  it("nginx's header is no file page: alone it says so, in front of the body it comes first", () => {
    const said = (params: Partial<Params>) => {
      const t = simulate('nginx-static', { file: 8192, buf: 1024, cache: 'warm', ...params });
      return [...Array(t.length).keys()]
        .map((i) => getStep(t, i))
        .filter((s) => s.params.header !== undefined);
    };
    // sendfile on: the header's writev, its skb's DMA and ACK name no file page.
    const alone = said({});
    expect(alone.map((s) => s.kind)).toEqual(['cpu.copy', 'dma.start', 'dma.done', 'sock.ack']);
    for (const s of alone) {
      expect(s.params.bytes).toBe(239);
      expect(narrate('en', s.site, s.params)).toContain('bytes the program made itself, not from a file)');
      expect(narrate('zh-CN', s.site, s.params)).toContain('程序自己生成的字节，不来自文件');
    }
    // Its copy is not read+write's second copy: the words say what it is.
    const copy = alone.find((s) => s.kind === 'cpu.copy')!;
    expect(narrationKey(copy.site, copy.params)).toBe('stepOwnBytes.copy.user_to_skb');
    expect(narrate('en', copy.site, copy.params)).not.toContain('second CPU copy');
    // sendfile off: the first writev carries the header and the first KiB of the file.
    const first = said({ sendfile: 'off' })[0]!;
    expect(first.params.bytes).toBe(239 + 1024);
    expect(narrate('en', first.site, first.params)).toContain(
      '(bytes the program made itself, then file page 0)',
    );
    // A read+write's copies are all the file's.
    expect(said({ sendfile: 'off', buf: 4096 }).length).toBeGreaterThan(0);
    const rw = simulate('read-write', { file: 8192 });
    expect([...Array(rw.length).keys()].some((i) => getStep(rw, i).params.header !== undefined)).toBe(false);
  });

  it('has no stepError.* message for a site that does not exist, and uses one for a failed O_DIRECT read', () => {
    const sites = new Set(SITES.map((s) => `stepError.${s.id}`));
    expect(Object.keys(CATALOGS.en).filter((k) => k.startsWith('stepError.') && !sites.has(k))).toEqual([]);
    const trace = simulate('direct-io', { bufoff: 1 });
    const exit = [...Array(trace.length).keys()]
      .map((i) => getStep(trace, i))
      .find((s) => s.kind === 'syscall.exit')!;
    expect(narrationKey(exit.site, exit.params)).toBe('stepError.read_direct.exit');
    expect(narrate('en', exit.site, exit.params)).toContain('returns -22 (EINVAL)');
    expect(narrate('zh-CN', exit.site, exit.params)).toContain('返回 -22（EINVAL）');
    const ok = simulate('direct-io', {});
    const okExit = [...Array(ok.length).keys()]
      .map((i) => getStep(ok, i))
      .find((s) => s.kind === 'syscall.exit')!;
    expect(narrationKey(okExit.site, okExit.params)).toBe('step.read_direct.exit');
  });

  it.each(RUNS.map(([id, p]): [string, ScenarioId, Partial<Params>] => [label(id, p), id, p]))(
    '%s: every placeholder of every step is filled, in both locales',
    (_name, id, params) => expectFilled(simulate(id, params)),
  );

  it.each(PROGRAMS.map((text, i): [number, string] => [i, text]))(
    'program %i: every placeholder of every step is filled, in both locales',
    (_i, text) => expectFilled(programTrace(text)),
  );

  it('the runs above reach every site, so every message is checked against real params', () => {
    const reached = new Set<string>();
    const traces = [...RUNS.map(([id, params]) => simulate(id, params)), ...PROGRAMS.map(programTrace)];
    for (const trace of traces) {
      for (let i = 0; i < trace.length; i++) reached.add(getStep(trace, i).site);
    }
    const unreached = SITES.map((s) => s.id).filter((s) => !reached.has(s));
    expect(unreached).toEqual(NEVER_EMITTED);
  });

  it('fills placeholders with locale-formatted numbers', () => {
    const trace = simulate('read-write', { file: 10000, cache: 'warm' });
    const copy = getStep(trace, 1);
    expect(copy.site).toBe('copy.pagecache_to_user');
    expect(narrate('en', copy.site, copy.params)).toContain('4,096 bytes of file page 0 ');
    expect(narrate('zh-CN', copy.site, copy.params)).toContain('文件页 0 的 4,096 字节');
  });

  it('names a range of file pages as a range, one page as one page', () => {
    const trace = simulate('read-write', { file: 100000, buf: 65536, cache: 'warm' });
    const copy = getStep(trace, 1);
    expect(copy.site).toBe('copy.pagecache_to_user');
    expect(narrate('en', copy.site, copy.params)).toContain('65,536 bytes of file pages 0–15 ');
    expect(narrate('zh-CN', copy.site, copy.params)).toContain('文件页 0–15 的 65,536 字节');
  });
});
