import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sim } from '../helpers/runSim';

const dir = mkdtempSync(join(tmpdir(), 'dpl-strace-'));
const LOG = 'tests/fidelity/raw/read-write.file=10000.loop=eof.cache=cold.strace';

interface Json {
  scenario?: string;
  program?: string;
  totals: { syscalls: number; dmaTransfers: number; cpuBytes: number };
  import: { notices: { line: number; code: string }[]; mismatches: unknown[]; program: string };
  strace: string[];
}

describe('sim --strace FILE', () => {
  it('replays a real log: JSON with "program" in place of "scenario", the import and the strace', () => {
    const r = sim('--strace', LOG, '--format', 'json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as Json;
    expect(j.program).toBe(LOG);
    expect(j.scenario).toBeUndefined();
    expect(j.totals.syscalls).toBe(36);
    expect(j.totals.cpuBytes).toBe(20000);
    expect(j.import.mismatches).toEqual([]);
    expect(j.import.program).toContain('world file 3 = { size: F, cache: CACHE };');
    expect(j.strace).toContain('read(3, buf, 4096) = 1808');
    // Notices go to stderr as FILE:LINE: lines; the output stays clean.
    expect(r.err).toContain(`${LOG}:33: note: descriptor 2 was inherited`);
  });

  it('--cache and --sg set what the log cannot tell', () => {
    const cold = JSON.parse(sim('--strace', LOG, '--format', 'json').out) as Json;
    const warm = JSON.parse(sim('--strace', LOG, '--cache', 'warm', '--format', 'json').out) as Json;
    expect(warm.totals.dmaTransfers).toBeLessThan(cold.totals.dmaTransfers);
    const sendfile = 'tests/fidelity/raw/sendfile.file=10000.loop=size.cache=warm.strace';
    const sgOff = JSON.parse(sim('--strace', sendfile, '--sg', 'off', '--format', 'json').out) as Json;
    expect(sgOff.totals.cpuBytes).toBe(10000);
  });

  it('marks each line whose result differs from the log with both values', () => {
    const r = sim('--strace', LOG, '--file', '5000', '--format', 'strace');
    expect(r.code).toBe(0);
    expect(r.out).toContain('read(3, buf, 4096) = 904  # log line 24: read() = 4096; the model: 904\n');
    expect(r.err).toContain(`${LOG}:24: differs: the log returned 4096 where the model returns 904`);
  });

  it('a replay the model cannot run exits 2 with one line FILE:LINE:COL: message (the log line)', () => {
    const file = join(dir, 'empty-pipe.strace');
    writeFileSync(
      file,
      [
        'openat(AT_FDCWD, "f", O_RDONLY) = 3',
        'socket(AF_INET, SOCK_STREAM, IPPROTO_TCP) = 4',
        'pipe2([5, 6], 0) = 0',
        'splice(5, NULL, 4, NULL, 100, 0) = 100',
      ].join('\n'),
    );
    const r = sim('--strace', file);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(new RegExp(`^${file}:4:1: not modelled: splice\\(\\) from an empty pipe.*\\n$`));
  });

  it('bad use exits 2 with one line', () => {
    expect(sim('--strace', join(dir, 'missing.strace')).err).toMatch(/^sim: cannot read .*missing\.strace/);
    const both = sim('--strace', LOG, '--program', LOG);
    expect(both.code).toBe(2);
    expect(both.err).toBe('sim: give --program FILE or --strace FILE, not both\n');
    expect(sim('read-write', '--strace', LOG).err).toBe('sim: give a scenario or --strace FILE, not both\n');
  });
});
