import { describe, expect, it } from 'vitest';
import { generateProblems, parseParams, SCENARIO_PARAMS } from '../../src/sim/index';
import {
  decodeProblemsHash,
  encodeProblemsHash,
  isProblemsHash,
  problemRunHash,
} from '../../src/url/problemsLink';
import { decodeHash } from '../../src/url/codec';

describe('problem set links', () => {
  it('recognises the route, and only it', () => {
    expect(isProblemsHash('#/problems?seed=42')).toBe(true);
    expect(isProblemsHash('#/problems')).toBe(true);
    expect(isProblemsHash('#/read-write?file=1')).toBe(false);
    expect(isProblemsHash('#/problemset?seed=1')).toBe(false);
  });

  it('reads the student’s and the instructor’s links, with the CLI’s defaults', () => {
    const student = decodeProblemsHash('#/problems?seed=42');
    expect(student).toMatchObject({ answers: false, notices: [] });
    expect(student.options).toEqual({ seed: 42, count: 10, questions: 3, scenarios: [] });
    expect(decodeProblemsHash('#/problems?seed=42&key=instructor').answers).toBe(true);
    expect(decodeProblemsHash('#/problems?seed=42&answers=1&lang=zh-CN')).toMatchObject({
      answers: true,
      locale: 'zh-CN',
    });
  });

  it('round-trips', () => {
    const link = {
      options: { seed: 7, count: 4, questions: 2, scenarios: ['sendfile', 'splice'] as const },
      answers: true,
      locale: 'en' as const,
    };
    const back = decodeProblemsHash(encodeProblemsHash(link));
    expect(back).toEqual({
      ...link,
      options: { ...link.options, scenarios: ['sendfile', 'splice'] },
      notices: [],
    });
  });

  it('hostile fields are dropped with a notice, never thrown, never kept as markup', () => {
    const d = decodeProblemsHash(
      '#/problems?seed=-1&count=9999&questions=x&scenarios=<img src=x>&key=admin&lang=fr&evil=1&seed=3',
    );
    expect(d.options).toEqual({ seed: 1, count: 10, questions: 3, scenarios: [] });
    expect(d.answers).toBe(false);
    const names = d.notices.map((n) => n.params.name);
    expect(names).toEqual([
      'seed',
      'count',
      'questions',
      'scenarios',
      'key',
      'lang',
      'evil',
      'seed',
      undefined,
    ]);
    expect(d.notices.at(-1)?.key).toBe('classroom.problems.notice.noSeed');
    // Very long links are cut before they are read.
    expect(() => decodeProblemsHash(`#/problems?seed=1&x=${'a'.repeat(100000)}`)).not.toThrow();
  });

  it('each problem’s run link opens exactly that run (the app’s own decoder reads it back)', () => {
    for (const p of generateProblems({ seed: 42, count: 10 })) {
      const d = decodeHash(problemRunHash(p, 'en'));
      expect(d.notices).toEqual([]);
      expect(d.scenario).toBe(p.scenario);
      const raw = Object.fromEntries(p.changed.map((n) => [n, String(p.params[n])]));
      const r = parseParams(p.scenario, raw);
      if (!r.ok) throw new Error(r.error);
      expect(d.params).toEqual(r.params);
      // The parameters the scenario takes (vmsplice's trace also reports its buffer, the file's size, as buf).
      const taken = (params: typeof p.params) =>
        Object.fromEntries(SCENARIO_PARAMS[p.scenario].map((n) => [n, params[n]]));
      expect(taken(d.params)).toEqual(taken(p.params));
    }
  });
});
