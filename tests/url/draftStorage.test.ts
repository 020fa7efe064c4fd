import { describe, expect, it } from 'vitest';
import { DRAFT_KEY, readDraft, saveDraft } from '../../src/url/draftStorage';

function memory(): Pick<Storage, 'getItem' | 'setItem'> & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

describe('the editor’s text in local storage', () => {
  it('saves and reads back the text and whether the editor was open', () => {
    const s = memory();
    expect(saveDraft(s, { text: 'world tcp 4;\n// 中文', editing: true })).toBe(true);
    expect(readDraft(s)).toEqual({ text: 'world tcp 4;\n// 中文', editing: true });
  });

  it.each([
    ['nothing saved', undefined],
    ['not JSON', '{"text": '],
    ['another shape', '["world tcp 4;"]'],
    ['a text that is not a string', '{"text": 3, "editing": true}'],
    ['null', 'null'],
    ['too big', JSON.stringify({ text: 'x'.repeat(70_000), editing: false })],
  ])('reads %s as no draft, without throwing', (_name, raw) => {
    const s = memory();
    if (raw !== undefined) s.data.set(DRAFT_KEY, raw);
    expect(readDraft(s)).toBeNull();
  });

  it('a storage that throws (private mode, a full quota) loses nothing else', () => {
    const throwing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
    };
    expect(readDraft(throwing)).toBeNull();
    expect(saveDraft(throwing, { text: 'x', editing: false })).toBe(false);
    expect(readDraft(null)).toBeNull();
  });
});
