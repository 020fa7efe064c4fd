import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS, getStep, simulate } from '../../src/sim/index';
import { decodeHash } from '../../src/url/codec';
import { parseLesson, serializeLesson, stopState, textIn, type Lesson } from '../../src/url/lesson';
import { decodeLessonLink, encodeLessonLink } from '../../src/url/lessonLink';
import { loadProgramCodec } from '../../src/url/programCodec';
import { encodeProgramSrc } from '../../src/url/programLink';

await loadProgramCodec();

const shipped = (id: string) =>
  readFileSync(new URL(`../../src/ui/lesson/shipped/${id}.json`, import.meta.url), 'utf8');

/** What each shipped lesson's stops show, in order: the kind of step its link opens at. */
const EXPECTED_KINDS: Record<string, string[]> = {
  'traditional-path': [
    'syscall.enter',
    'dma.start',
    'cpu.copy',
    'syscall.exit',
    'syscall.enter',
    'cpu.copy',
    'dma.start',
    'syscall.exit',
  ],
  'zero-copy': ['fault.enter', 'cpu.copy', 'cpu.copy', 'ref.move', 'dma.start', 'ref.move', 'ref.move'],
  'cow-fork': [
    'mm.fork',
    'syscall.exit',
    'fault.enter',
    'cpu.copy',
    'sched.switch',
    'fault.enter',
    'fault.enter',
    'sched.switch',
  ],
};

describe('guided lessons', () => {
  it.each(Object.keys(EXPECTED_KINDS))(
    'shipped lesson %s: every stop opens cleanly at the step its note is about',
    (id) => {
      const read = parseLesson(shipped(id));
      if (!read.ok) throw new Error(read.problem);
      expect(read.notices).toEqual([]);
      expect(read.lesson.title['zh-CN']).toBeTruthy();
      const kinds = read.lesson.stops.map((stop) => {
        expect(stop.note.en && stop.note['zh-CN'], stop.link).toBeTruthy();
        const d = decodeHash(stop.link);
        expect(d.notices, stop.link).toEqual([]);
        return getStep(simulate(d.scenario, d.params), d.step).kind;
      });
      expect(kinds).toEqual(EXPECTED_KINDS[id]);
    },
  );

  it('the cow-fork lesson’s last write reuses the frame: no copy after it', () => {
    const trace = simulate('cow-fork', DEFAULT_PARAMS);
    const read = parseLesson(shipped('cow-fork'));
    if (!read.ok) throw new Error(read.problem);
    const reuse = decodeHash(read.lesson.stops[6]!.link).step;
    for (let i = reuse; i < trace.length; i++) expect(getStep(trace, i).kind).not.toBe('cpu.copy');
  });

  it('round-trips through a file and a link; the link opens at its stop, in presenter mode if it says so', () => {
    const lesson: Lesson = {
      title: { en: 'Mine', 'zh-CN': '我的' },
      stops: [
        { link: '#/sendfile?step=3&v=1', note: { en: 'three' } },
        { link: '#/splice?step=1&v=1', note: { 'zh-CN': '一' } },
      ],
    };
    const file = parseLesson(serializeLesson(lesson));
    expect(file).toEqual({ ok: true, lesson, notices: [] });
    const link = encodeLessonLink(lesson, { present: true });
    expect(link).toMatch(/^#\/lesson\?src=[A-Za-z0-9_-]+&present=1$/);
    expect(decodeLessonLink(`${link}&stop=2`)).toEqual({
      read: { ok: true, lesson, notices: [] },
      stop: 1,
      present: true,
    });
    expect(textIn(lesson.stops[1]!.note, 'en')).toBe('一');
  });

  it('hostile files and links are refused or repaired with a reason, never thrown; notes stay plain text', () => {
    expect(parseLesson('not json')).toEqual({ ok: false, problem: 'notJson' });
    expect(parseLesson('{"lesson":1}')).toEqual({ ok: false, problem: 'notLesson' });
    expect(parseLesson('{"lesson":2,"stops":[]}')).toEqual({ ok: false, problem: 'badVersion' });
    expect(parseLesson('{"lesson":1,"stops":[{"link":"javascript:alert(1)","note":"x"}]}')).toMatchObject({
      ok: false,
      problem: 'noStops',
    });
    expect(
      parseLesson(JSON.stringify({ lesson: 1, stops: Array(61).fill({ link: '#/syscall', note: 'x' }) })),
    ).toEqual({
      ok: false,
      problem: 'tooMany',
    });
    const mixed = parseLesson(
      JSON.stringify({
        lesson: 1,
        title: '<img src=x onerror=alert(1)>',
        stops: [
          { link: 'https://evil.example/#/read-write', note: 'x' },
          { link: '#/read-write?step=1', note: { en: '<b>bold</b>', fr: 'non' } },
          { link: '#/read-write?step=2', note: { en: 'x'.repeat(801) } },
        ],
      }),
    );
    if (!mixed.ok) throw new Error(mixed.problem);
    expect(mixed.lesson.stops).toEqual([{ link: '#/read-write?step=1', note: { en: '<b>bold</b>' } }]);
    expect(mixed.lesson.title).toEqual({ en: '<img src=x onerror=alert(1)>' });
    expect(mixed.notices.map((n) => n.params.n)).toEqual([1, 3]);
    // Links: damaged, not base64, a deflate bomb.
    expect(decodeLessonLink('#/lesson?src=%%%').read).toEqual({ ok: false, problem: 'notJson' });
    expect(decodeLessonLink('#/lesson').read).toEqual({ ok: false, problem: 'notJson' });
    const bomb = `#/lesson?src=${encodeProgramSrc(`{"lesson":1,"stops":[],"x":"${'a'.repeat(500_000)}"}`)}`;
    expect(bomb.length).toBeLessThan(2000);
    expect(decodeLessonLink(bomb).read).toEqual({ ok: false, problem: 'tooBig' });
    expect(decodeLessonLink(`#/lesson?src=${'A'.repeat(30_000)}`).read).toEqual({
      ok: false,
      problem: 'tooBig',
    });
  });

  it('a stop keeps the walker’s language, theme and presenter mode, and the link’s own notices', () => {
    const { state, notices } = stopState(
      { link: '#/read-write?step=4&theme=dark&bogus=1&v=1', note: { en: 'x' } },
      { locale: 'zh-CN', theme: 'projector', present: true, scale: 2 },
    );
    expect(state).toMatchObject({
      scenario: 'read-write',
      step: 4,
      locale: 'zh-CN',
      theme: 'projector',
      present: true,
      scale: 2,
    });
    expect(notices.map((n) => n.key)).toEqual(['ui.notice.unknownField']);
  });
});
