import { describe, expect, it } from 'vitest';
import { getStraceLines, SCENARIO_IDS, simulate } from '../../src/sim/index';
import { jsonParts, straceParts, tableParts } from '../../src/cli/render';

const text = (parts: Iterable<string>) => [...parts].join('');

describe('CLI output in pieces', () => {
  it.each(SCENARIO_IDS)('%s: --format json is exactly the §6 object, pretty-printed', (scenario) => {
    const trace = simulate(scenario, { file: 65536 });
    const expected = JSON.stringify(
      {
        scenario: trace.scenario,
        params: trace.params,
        totals: trace.totals,
        steps: trace.length,
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
