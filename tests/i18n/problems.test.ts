import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CATALOGS,
  LOCALES,
  loadEditorMessages,
  loadLocale,
  placeholders,
  translate,
} from '../../src/i18n/index';
import { PROBLEM_CODES, PROBLEM_MESSAGES, runProgram, type ProgramProblem } from '../../src/sim/index';
import { problemText } from '../../src/ui/params/problemText';
import { programProblemText } from '../../src/ui/program/programProblemText';

await Promise.all([...LOCALES.map(loadLocale), loadEditorMessages()]);

const WORLD = ['world file 3 = { size: 8192 };', 'world tcp 4;', 'world buffer buf = { size: 4096 };'];

/** Programs that between them hit problems of every stage: lexer, parser, checker, world, run. */
const BAD = [
  ['n = raed(3, buf, 4096);'],
  ['}'],
  ['{', 'getpid();'],
  ['n = read(3, buf, 4096)', 'write(4, buf, n);'],
  ['for (n = 0; n < 3 n += 1) getpid();'],
  ['read(3, buf);'],
  ['getpid(1);'],
  ['n = read(3, bfu, 4096);'],
  ['break;'],
  ['/* never closed'],
  ['x = 12ab;'],
  ['x = "open;'],
  ['x = 1 @ 2;'],
  ['else getpid();'],
  ['world pipe 5;'],
  ['world file 3 = { size: 1, colour: 2 };'],
  [
    'world file 7 = { size: 1 };',
    'world file 8 = { size: 1 };',
    'world file 9 = { size: 1 };',
    'world file 10 = { size: 1 };',
  ],
  ['world file 7 = { size: 4096 };', 'read(4, buf, 1);'],
  [
    'world file 7 = { size: 8192 };',
    'pipe2(p, 0);',
    'splice(3, NULL, p[1], NULL, 4096, 0);',
    'splice(7, NULL, p[1], NULL, 4096, 0);',
  ],
  ['const B = 0;', 'world buffer b = { size: B };'],
  ['const X = 1;', 'const X = 2;'],
  ['if (1) { const Y = 2; }'],
  ['syscall(fstat, 0);'],
  ['syscall("fstatt", 0);'],
  ['x = y;', 'int y;'],
  ['int p[2];', 'x = p[5];'],
  ['read(3, buf, -1);'],
  ['sendfile(4, 3, 8, 100);'],
  ['x = 0;', 'for (;;) x += 1;'],
  ['x = 1 / 0;'],
  ['int x;', 'x(1);'],
  ['int x', 'world tcp 4;'],
  ['waitpid(7, &status, 0);'],
  ['const C = (1 + ;'],
].map((lines) => [...WORLD, ...lines].join('\n'));

function problemOf(text: string): ProgramProblem {
  const r = runProgram(text, {}, { maxOps: 10_000 });
  if (r.ok) throw new Error(`expected a problem:\n${text}`);
  return r.problem;
}

const problems = BAD.map(problemOf);

/** Every code the core's sources name where they raise a problem (ProgramError, notModelled, problemAt). */
function codesInSources(dir: string): Set<string> {
  const codes = new Set<string>();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const text = readFileSync(join(entry.parentPath, entry.name), 'utf8');
    const raises =
      /(?:new ProgramError|notModelled|problemAt)\(\s*[\w.!{}:,\s[\]]+?,\s*(?:[^'(]*\?\s*)?'([\w.]+)'(?:\s*:\s*'([\w.]+)')?/g;
    for (const m of text.matchAll(raises)) {
      codes.add(m[1]!);
      if (m[2]) codes.add(m[2]);
    }
    for (const m of text.matchAll(/code: '((?:found|where|what|hint)\.\w+)'/g)) codes.add(m[1]!);
  }
  return codes;
}

describe('a program’s problems in both languages', () => {
  it.each(LOCALES)(
    '%s has a problem.<code> message for every code, with the English placeholders',
    (locale) => {
      for (const code of PROBLEM_CODES) {
        const message = CATALOGS[locale][`problem.${code}`];
        expect(message, code).toBeDefined();
        expect(placeholders(message!), code).toEqual(placeholders(PROBLEM_MESSAGES[code]));
      }
    },
  );

  it('every code the core raises is in the table (so in both catalogues)', () => {
    const raised = codesInSources('src/sim/program');
    expect(raised.size).toBeGreaterThan(100);
    expect([...raised].filter((c) => !(c in PROBLEM_MESSAGES))).toEqual([]);
  });

  it('the programs above raise many kinds of problem, each a code of the table', () => {
    expect(new Set(problems.map((p) => p.code)).size).toBeGreaterThanOrEqual(25);
    for (const p of problems) expect(PROBLEM_CODES).toContain(p.code);
  });

  it('the English catalogue says each exactly as the core (and the CLI) does', () => {
    const t = (key: string, params?: Readonly<Record<string, string | number>>) =>
      translate('en', key, params);
    // A refused parameter value is said as the parameter panel says it (the last test), not as the CLI does.
    for (const p of problems.filter((q) => !q.param)) expect(programProblemText(t, p)).toBe(p.message);
  });

  it('zh-CN says each in Chinese, with the words of the program kept', () => {
    const t = (key: string, params?: Readonly<Record<string, string | number>>) =>
      translate('zh-CN', key, params);
    for (const p of problems) {
      const text = programProblemText(t, p);
      expect(text, p.message).toMatch(/[\u4e00-\u9fff]/);
      expect(text, p.message).not.toMatch(/\{\w+\}/);
    }
    const raed = programProblemText(t, problemOf([...WORLD, 'n = raed(3, buf, 4096);'].join('\n')));
    expect(raed).toBe("未知的系统调用 'raed'——是不是想写 'read'？");
    const semicolon = programProblemText(
      t,
      problemOf([...WORLD, 'n = read(3, buf, 4096)', 'getpid();'].join('\n')),
    );
    expect(semicolon).toBe("应当是 ';'（在语句之后），实际遇到 'getpid'");
  });

  it('a parameter value a declaration refuses is said as the parameter panel says it', () => {
    const p = problemOf([...WORLD, 'const B = 0;', 'world buffer b = { size: B };'].join('\n'));
    expect(p.code).toBe('badParamValue');
    expect(p.param).toMatchObject({ name: 'buf' });
    const zh = (key: string, params?: Readonly<Record<string, string | number>>) =>
      translate('zh-CN', key, params);
    expect(programProblemText(zh, p)).toBe(problemText(zh, p.param!));
    expect(programProblemText(zh, p)).toMatch(/[\u4e00-\u9fff]/);
  });
});
