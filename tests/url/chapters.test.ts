import { describe, expect, it } from 'vitest';
import {
  MAX_CHAPTERS,
  cleanChapterName,
  decodeChapters,
  encodeChapters,
  withChapter,
} from '../../src/url/chapters';
import { decodeHash, encodeHash, shown } from '../../src/url/codec';
import type { Notice } from '../../src/url/fields';
import { linkState } from '../helpers/linkState';

const read = (value: string) => {
  const notices: Notice[] = [];
  return { chapters: decodeChapters(value, notices, shown), notices: notices.map((n) => n.key) };
};

describe('chapters in the link (ch=12:Copy,30:DMA)', () => {
  it('writes a readable field and reads it back', () => {
    const chapters = [
      { step: 12, name: 'Copy' },
      { step: 30, name: 'DMA' },
    ];
    expect(encodeChapters(chapters)).toBe('12:Copy,30:DMA');
    const hash = encodeHash(linkState({ chapters }));
    expect(hash).toContain('ch=12:Copy,30:DMA');
    expect(decodeHash(hash).modes.chapters).toEqual(chapters);
  });

  it('keeps names with spaces, colons and Chinese through a round trip', () => {
    const chapters = [{ step: 3, name: 'Step 1: read() 读取 + copy' }];
    const d = decodeHash(encodeHash(linkState({ chapters })));
    expect(d.notices).toEqual([]);
    expect(d.modes.chapters).toEqual(chapters);
  });

  it('reads a hand-written field, sorted by step', () => {
    expect(read('30:DMA,12:Copy').chapters.map((c) => c.step)).toEqual([12, 30]);
  });

  it.each([
    ['12', 'no name'],
    ['x:Copy', 'no step'],
    ['-1:Copy', 'negative step'],
    ['12:<img src=x onerror=alert(1)>', 'markup'],
    ['12:a\u0000b', 'control character'],
    [`12:${'n'.repeat(41)}`, 'name too long'],
    ['12:   ', 'blank name'],
  ])('drops %s (%s) with a notice, keeps the rest', (bad) => {
    const r = read(`${bad},5:Fine`);
    expect(r.chapters).toEqual([{ step: 5, name: 'Fine' }]);
    expect(r.notices).toEqual(['playback.notice.badChapter']);
  });

  it('drops a second chapter at the same step and any past the limit, each with a notice', () => {
    expect(read('4:A,4:B').notices).toEqual(['playback.notice.chapterTwice']);
    const many = Array.from({ length: MAX_CHAPTERS + 3 }, (_, i) => `${i}:C${i}`).join(',');
    const r = read(many);
    expect(r.chapters).toHaveLength(MAX_CHAPTERS);
    expect(r.notices).toEqual(['playback.notice.tooManyChapters']);
  });

  it('a hostile field never throws and its notice shows only a short plain piece of it', () => {
    const d = decodeHash(`#/read-write?ch=${encodeURIComponent('1:<script>alert(1)</script>'.repeat(40))}`);
    expect(d.modes.chapters).toEqual([]);
    for (const n of d.notices)
      for (const v of Object.values(n.params)) expect(String(v).length).toBeLessThan(60);
  });

  it('a typed name is cleaned for the link; adding at a step renames the chapter there', () => {
    expect(cleanChapterName('  Copy,  to <the> socket\n')).toBe('Copy to the socket');
    expect(cleanChapterName('   ')).toBe('');
    const once = withChapter([], 7, 'Copy');
    expect(withChapter(once, 7, 'DMA')).toEqual([{ step: 7, name: 'DMA' }]);
    expect(withChapter(once, 2, 'Read').map((c) => c.step)).toEqual([2, 7]);
  });
});
