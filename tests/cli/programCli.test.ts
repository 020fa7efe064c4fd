import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sim } from '../helpers/runSim';
import { SCENARIO_IDS } from '../../src/sim/index';

const dir = mkdtempSync(join(tmpdir(), 'dpl-program-'));

interface Json {
  scenario?: string;
  program?: string;
  totals: unknown;
  strace: string[];
}

describe('sim --print-program and --program', () => {
  it.each(SCENARIO_IDS)(
    '%s: the printed program, run with --program, gives the same totals and strace',
    (id) => {
      const flags =
        id === 'cow-fork'
          ? ['--pages', '3']
          : id === 'syscall' || id === 'kernel-access'
            ? ['--arch', 'i386']
            : ['--file', '100000', '--loop', 'eof'];
      const printed = sim(id, '--print-program', ...flags);
      expect(printed.code).toBe(0);
      const file = join(dir, `${id}.c`);
      writeFileSync(file, printed.out);
      const scenario = JSON.parse(sim(id, ...flags, '--format', 'json').out) as Json;
      const program = JSON.parse(sim('--program', file, '--format', 'json').out) as Json;
      expect(scenario.scenario).toBe(id);
      expect(program.program).toBe(file);
      expect(program.scenario).toBeUndefined();
      expect(program.totals).toEqual(scenario.totals);
      expect(program.strace).toEqual(scenario.strace);
    },
  );

  it('a program error exits 2 with one line FILE:LINE:COL: message', () => {
    const file = join(dir, 'bad.c');
    writeFileSync(
      file,
      'world file 3 = { size: 4096 };\nworld buffer buf = { size: 4096 };\n    n = raed(3, buf, 4096);\n',
    );
    const r = sim('--program', file);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe(`${file}:3:9: unknown system call 'raed' — did you mean 'read'?\n`);
  });

  it('flags override the program constants; a bad flag value exits 2', () => {
    const file = join(dir, 'flags.c');
    writeFileSync(
      file,
      'const F = 4096;\nworld file 3 = { size: F };\nworld tcp 4;\nsendfile(4, 3, NULL, F);\n',
    );
    const r = JSON.parse(sim('--program', file, '--file', '8k', '--format', 'json').out) as Json;
    expect(r.strace).toEqual(['sendfile(4, 3, NULL, 8192) = 8192']);
    const bad = sim('--program', file, '--file', 'lots');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^sim: bad value for file: "lots" is not a number/);
  });
});
