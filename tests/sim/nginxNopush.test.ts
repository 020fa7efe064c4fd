// Issue 18: nginx's tcp_nopush (param nopush). With sendfile on, nginx sets TCP_CORK before the header and
// clears it after the body (captured: tests/fidelity/realSystems/nginx-static.nopush=on.json). The corked
// socket holds partial segments, so the header joins the file's first bytes in one skb instead of leaving
// as a small packet of its own; only the last partial segment waits for the uncork.
import { describe, expect, it } from 'vitest';
import {
  getStep,
  getStraceLines,
  parseParams,
  runProgram,
  simulate,
  type ProgramTrace,
  type Totals,
} from '../../src/sim/index';

function run(raw: Record<string, string>) {
  const parsed = parseParams('nginx-static', raw);
  if (!parsed.ok) throw new Error(parsed.error);
  return simulate('nginx-static', parsed.params);
}

/** The payload of each skb handed to the NIC, in order, and the step index where each was handed over. */
function nicSkbs(trace: ProgramTrace): { bytes: number; at: number }[] {
  const out: { bytes: number; at: number }[] = [];
  for (let i = 0; i < trace.length; i++) {
    const s = getStep(trace, i);
    if (s.site === 'dma.skb_to_nic' || s.site === 'dma.gather_to_nic')
      out.push({ bytes: s.data!.bytes, at: i });
  }
  return out;
}

function stepOf(trace: ProgramTrace, site: string): number {
  for (let i = 0; i < trace.length; i++) if (getStep(trace, i).site === site) return i;
  return -1;
}

const counts = (t: Totals) => ({
  syscalls: t.syscalls,
  cpuCopies: t.cpuCopies,
  cpuBytes: t.cpuBytes,
  dmaTransfers: t.dmaTransfers,
  dmaBytes: t.dmaBytes,
});

describe('nginx-static nopush=on (tcp_nopush, TCP_CORK)', () => {
  it('the default stays nopush=off: no setsockopt, the header is a 239-byte skb of its own', () => {
    const trace = run({ file: '1m', buf: '32k', cache: 'warm' });
    expect(getStraceLines(trace).some((l) => l.startsWith('setsockopt'))).toBe(false);
    expect(nicSkbs(trace)[0]!.bytes).toBe(239);
  });

  it('1 MiB: two setsockopt calls more, the same copies and skbs; the header rides with the file', () => {
    const off = run({ file: '1m', buf: '32k', cache: 'warm' });
    const on = run({ file: '1m', buf: '32k', cache: 'warm', nopush: 'on' });
    expect(counts(on.totals)).toEqual({
      syscalls: 8,
      cpuCopies: 1,
      cpuBytes: 239,
      dmaTransfers: 17,
      dmaBytes: 1048576 + 239,
    });
    expect(counts(off.totals)).toEqual({ ...counts(on.totals), syscalls: 6 });
    const skbs = nicSkbs(on);
    // Full 64 KiB skbs, the first holding the header and 65,297 bytes of the file; the last 239 bytes
    // (a partial segment) go only once the cork is cleared.
    expect(skbs.map((s) => s.bytes)).toEqual([...Array<number>(16).fill(65536), 239]);
    expect(skbs.at(-1)!.at).toBeGreaterThan(stepOf(on, 'setsockopt_uncork.enter'));
  });

  it('the strace lines are those of the capture, with the setsockopt calls around the body', () => {
    const lines = getStraceLines(run({ file: '100000', nopush: 'on' }));
    expect(lines.slice(4)).toEqual([
      'setsockopt(4, SOL_TCP, TCP_CORK, [1], 4) = 0',
      'writev(4, [{iov_base=buf, iov_len=239}], 1) = 239',
      'sendfile(4, 3, NULL, 100000) = 100000',
      'setsockopt(4, SOL_TCP, TCP_CORK, [0], 4) = 0',
    ]);
  });

  it('a header and body that fit in one segment leave as one skb instead of two', () => {
    expect(nicSkbs(run({ file: '1000' })).map((s) => s.bytes)).toEqual([239, 1000]);
    expect(nicSkbs(run({ file: '1000', nopush: 'on' })).map((s) => s.bytes)).toEqual([1239]);
  });

  it('a held tail of more than one MSS sends its whole segments and keeps only the partial one', () => {
    // 239 + 10000 = 10239 bytes = 7 × 1448 + 103: 10136 go at once, 103 wait for the uncork.
    const trace = run({ file: '10000', nopush: 'on' });
    const skbs = nicSkbs(trace);
    expect(skbs.map((s) => s.bytes)).toEqual([10136, 103]);
    expect(skbs[0]!.at).toBeLessThan(stepOf(trace, 'setsockopt_uncork.enter'));
    expect(skbs[1]!.at).toBeGreaterThan(stepOf(trace, 'setsockopt_uncork.enter'));
    expect(getStep(trace, skbs[0]!.at).params.corkSplit).toBe(1);
  });

  it('the steps say what the cork did: the file joins the header’s skb, whose DMA carries the header', () => {
    const on = run({ file: '10000', cache: 'warm', nopush: 'on' });
    const refMove = getStep(on, stepOf(on, 'ref.pagecache_to_skb'));
    expect(refMove.params.appended).toBe(1);
    const [first, tail] = nicSkbs(on).map((s) => getStep(on, s.at).params);
    expect(first!.corkHeader).toBe(1);
    expect(tail!.corkHeader).toBeUndefined();
    const off = run({ file: '10000', cache: 'warm' });
    expect(nicSkbs(off).map((s) => getStep(off, s.at).params.corkHeader)).toEqual([undefined, undefined]);
    expect(getStep(off, stepOf(off, 'ref.pagecache_to_skb')).params.appended).toBeUndefined();
  });

  it('sg=off: the header is copied once by writev, the file once when the mixed skbs are linearised', () => {
    const t = run({ file: '10000', cache: 'warm', nopush: 'on', sg: 'off' }).totals;
    expect(counts(t)).toEqual({
      syscalls: 8,
      cpuCopies: 2,
      cpuBytes: 10239,
      dmaTransfers: 2,
      dmaBytes: 10239,
    });
  });

  it('with sendfile off (or directio) tcp_nopush changes nothing: nginx corks only for sendfile', () => {
    const extras: Record<string, string>[] = [{ sendfile: 'off' }, { directio: 'on' }];
    for (const extra of extras) {
      const off = run({ file: '100000', buf: '32k', ...extra });
      const on = run({ file: '100000', buf: '32k', ...extra, nopush: 'on' });
      expect(getStraceLines(on)).toEqual(getStraceLines(off));
      expect(on.totals).toEqual(off.totals);
    }
  });

  it('corked small writes gather into one skb that leaves at the uncork; uncorked, each is its own', () => {
    const program = (cork: number) =>
      [
        'world tcp 4 = { sndbuf: 4194304 };',
        'world buffer buf = { size: 4096 };',
        `v = ${cork};`,
        'setsockopt(4, SOL_TCP, TCP_CORK, &v, 4);',
        'for (i = 0; i < 100; i += 1) write(4, buf, 10);',
        'v = 0;',
        'setsockopt(4, SOL_TCP, TCP_CORK, &v, 4);',
      ].join('\n');
    const corked = runProgram(program(1));
    const plain = runProgram(program(0));
    if (!corked.ok || !plain.ok) throw new Error('the programs failed');
    expect(nicSkbs(corked.trace).map((s) => s.bytes)).toEqual([1000]);
    expect(nicSkbs(plain.trace)).toHaveLength(100);
    // Each write is still a system call and a CPU copy of its own.
    expect(corked.trace.totals.cpuCopies).toBe(100);
  });

  it('a program that never clears the cork: the held bytes leave when it ends (its exit closes the socket)', () => {
    const r = runProgram(
      [
        'world file 3 = { size: 1000, cache: "warm" };',
        'world tcp 4 = { sndbuf: 4194304 };',
        'world buffer buf = { size: 4096 };',
        'one = 1;',
        'setsockopt(4, SOL_TCP, TCP_CORK, &one, 4);',
        'write(4, buf, 239);',
        'sendfile(4, 3, NULL, 1000);',
      ].join('\n'),
    );
    if (!r.ok) throw new Error(JSON.stringify(r));
    expect(nicSkbs(r.trace).map((s) => s.bytes)).toEqual([1239]);
  });
});
