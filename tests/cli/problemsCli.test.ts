import { describe, expect, it } from 'vitest';
import { sim } from '../helpers/runSim';
import { parseProblemsArgs } from '../../src/cli/problemsArgs';

interface SetJson {
  seed: number;
  problems: {
    command: string;
    link: string;
    questions: { counter: string; question: string; answer?: number; reason?: string }[];
  }[];
}

describe('sim problems', () => {
  it('--seed 42 --count 10 --answers --format json is byte-identical across runs; each answer is its run’s total', () => {
    const args = ['problems', '--seed', '42', '--count', '10', '--answers', '--format', 'json'];
    const first = sim(...args);
    expect(first.code).toBe(0);
    expect(sim(...args).out).toBe(first.out);
    const set = JSON.parse(first.out) as SetJson;
    expect(set.problems).toHaveLength(10);
    for (const p of set.problems) {
      // The command each problem prints, run as a user would, with --format json.
      const argv = p.command.replace('npm run --silent sim -- ', '').split(' ');
      const run = sim(...argv, '--format', 'json');
      expect(run.code, p.command).toBe(0);
      const totals = (JSON.parse(run.out) as { totals: Record<string, number> }).totals;
      for (const q of p.questions) expect(q.answer, `${p.command}: ${q.counter}`).toBe(totals[q.counter]);
    }
  });

  it('without --answers no answer or reason is printed, in any format', () => {
    const json = JSON.parse(
      sim('problems', '--seed', '7', '--count', '3', '--format', 'json').out,
    ) as SetJson;
    for (const p of json.problems)
      for (const q of p.questions) expect(Object.keys(q)).toEqual(['counter', 'question']);
    expect(sim('problems', '--seed', '7', '--count', '3').out).not.toContain('answer');
    expect(sim('problems', '--seed', '7', '--count', '3', '--format', 'md').out).not.toContain('**');
  });

  it('bad input exits 2 with one line that names the flag', () => {
    for (const [args, says] of [
      [['problems', '--count', '3'], '--seed'],
      [['problems', '--seed', 'x'], '--seed'],
      [['problems', '--seed', '1', '--count', '0'], '--count'],
      [['problems', '--seed', '1', '--scenarios', 'read-write,nope'], 'nope'],
      [['problems', '--seed', '1', '--format', 'csv'], '--format'],
      [['problems', '--seed', '1', '--colour', 'red'], '--colour'],
    ] as const) {
      const r = sim(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.err).toContain(says);
    }
  });

  it('parses --name=value and keeps the defaults (10 problems, 3 questions, text)', () => {
    const r = parseProblemsArgs(['--seed=5', '--scenarios=sendfile,splice']);
    expect(r).toEqual({
      ok: true,
      request: {
        seed: 5,
        count: 10,
        questions: 3,
        scenarios: ['sendfile', 'splice'],
        answers: false,
        format: 'text',
      },
    });
  });
});
