import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, replayStrace, runProgram } from '../../../src/sim/index';

/** Every ```c block of docs/language.md is a program that runs. */
const DOC = readFileSync('docs/language.md', 'utf8');
const EXAMPLES = [...DOC.matchAll(/```c\n([\s\S]*?)```/g)].map((m) => m[1]!);

describe('docs/language.md', () => {
  it('has a runnable example for each call and statement section', () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(12);
  });
  it.each(EXAMPLES.map((text, i) => [i + 1, text] as const))('example %i runs', (_, text) => {
    const r = runProgram(text);
    expect(r.ok ? 'ok' : formatProblem(r.problem)).toBe('ok');
    if (r.ok) expect(r.trace.length).toBeGreaterThan(0);
  });
});

describe('docs/language.md, "Replaying a strace log"', () => {
  const section = DOC.slice(DOC.indexOf('## Replaying a strace log'));
  const log = /```text\n([\s\S]*?)```/.exec(section)![1]!;
  const program = /```c\n([\s\S]*?)```/.exec(section)![1]!;
  it('the example log imports into the program shown, which replays it without a difference', () => {
    const r = replayStrace(log);
    expect(r.imported.program).toBe(program);
    expect(r.mismatches).toEqual([]);
    expect(r.result.ok && r.result.trace.totals.syscalls).toBe(11);
    expect(r.imported.notices.map((n) => n.code)).toContain('inheritedFd');
  });
});
