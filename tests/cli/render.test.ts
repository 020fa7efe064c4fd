import { describe, expect, it } from 'vitest';
import { getStraceLines, getWrittenFile, SCENARIO_IDS, simulate } from '../../src/sim/index';
import { jsonParts, straceParts, tableParts } from '../../src/cli/render';

const text = (parts: Iterable<string>) => [...parts].join('');

describe('CLI output in pieces', () => {
  it.each(SCENARIO_IDS)('%s: --format json is exactly the §6 object, pretty-printed', (scenario) => {
    const trace = simulate(scenario, { file: 65536 });
    const written = getWrittenFile(trace);
    const expected = JSON.stringify(
      {
        scenario: trace.scenario,
        params: trace.params,
        totals: trace.totals,
        steps: trace.length,
        ...(written && { written }),
        strace: getStraceLines(trace),
      },
      null,
      2,
    );
    expect(text(jsonParts(trace))).toBe(`${expected}\n`);
  });

  it('--format strace prints one line per call', () => {
    const trace = simulate('read-write', { file: 16384 });
    expect(text(straceParts(trace))).toBe(`${getStraceLines(trace).join('\n')}\n`);
  });

  it('--format table prints a header, one line per step, then the totals', () => {
    const trace = simulate('sendfile', { file: 16384 });
    const lines = text(tableParts(trace)).split('\n');
    expect(lines[0]).toBe(`# sendfile ${JSON.stringify(trace.params)}`);
    expect(lines.filter((l) => /^ {0,7}\d+ {2}/.test(l))).toHaveLength(trace.length);
    expect(lines).toContain(`# totals`);
    expect(lines.some((l) => l.startsWith(`syscalls ${trace.totals.syscalls};`))).toBe(true);
  });
});

describe('the end of a run that writes a file says how much is still only in memory', () => {
  it('JSON "written" and the table’s last line: all of it without a sync, none after fsync', () => {
    const lazy = simulate('recv-write', { file: 100000 });
    const synced = simulate('recv-write', { file: 100000, sync: 'fsync' });
    const json = (t: typeof lazy) => JSON.parse(text(jsonParts(t))) as { written?: unknown };
    expect(json(lazy).written).toEqual({
      bytes: 100000,
      cachedPages: 25,
      dirtyPages: 25,
      writebackPages: 0,
      dirtyBytes: 100000,
    });
    expect(json(synced).written).toMatchObject({
      bytes: 100000,
      cachedPages: 25,
      dirtyPages: 0,
      dirtyBytes: 0,
    });
    expect(text(tableParts(lazy)).trimEnd().split('\n').pop()).toBe(
      'written file 100000 B: 100000 B still only in memory (25 pages cached, 25 dirty, 0 under writeback)',
    );
    // A run that writes no file has no such key or line.
    const plain = simulate('read-write', { file: 100000 });
    expect(json(plain)).not.toHaveProperty('written');
    expect(text(tableParts(plain))).not.toContain('written file');
  });
});

describe('the CLI table, made in a worker a batch at a time', () => {
  it.each([
    ['read-write', '--cache', 'warm'],
    ['recv-write', '--sync', 'none'],
  ])('%s: prints exactly what the whole-trace table prints', async (scenario, flag, value) => {
    const { execFileSync } = await import('node:child_process');
    const args = ['--import', 'tsx', 'src/cli/main.ts', scenario, '--file', '300000', flag, value];
    const out = execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
    const trace = simulate(scenario as 'read-write', { file: 300000, [flag.slice(2)]: value });
    expect(out).toBe(text(tableParts(trace)));
  });
});
