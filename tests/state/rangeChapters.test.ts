import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS } from '../../src/sim/index';
import { createAppStore, selectTrace } from '../../src/state/index';

const params = { ...DEFAULT_PARAMS, file: 100000 };

describe('playback range set from the current step, and chapters', () => {
  it('start here / end here / clear', () => {
    const store = createAppStore({ scenario: 'read-write', params, step: 10 });
    const s = () => store.getState();
    s().startRangeHere();
    expect([s().from, s().to]).toEqual([10, null]);
    s().seek(4);
    // Before the range's start: seeking stops at it.
    expect(s().step).toBe(10);
    s().seek(20);
    s().endRangeHere();
    expect([s().from, s().to]).toEqual([10, 20]);
    // A start after the end lets the end go; an end before the start lets the start go.
    s().seek(15);
    s().clearRange();
    expect([s().from, s().to]).toEqual([0, null]);
    s().seek(25);
    s().endRangeHere();
    s().seek(5);
    s().startRangeHere();
    expect([s().from, s().to]).toEqual([5, 25]);
    s().seek(30);
    expect(s().step).toBe(25);
  });

  it('chapters are kept in step order and jumped to within the range', () => {
    const store = createAppStore({ scenario: 'read-write', params, step: 12 });
    const s = () => store.getState();
    s().addChapter('Copy');
    s().seek(30);
    s().addChapter('  DMA ');
    s().seek(3);
    s().addChapter('Read');
    s().addChapter('   ');
    expect(s().chapters).toEqual([
      { step: 3, name: 'Read' },
      { step: 12, name: 'Copy' },
      { step: 30, name: 'DMA' },
    ]);
    expect(s().jumpChapter(1)).toBe(true);
    expect(s().step).toBe(12);
    expect(s().jumpChapter(-1)).toBe(true);
    expect(s().step).toBe(3);
    expect(s().jumpChapter(-1)).toBe(false);
    s().seek(20);
    s().endRangeHere();
    // The chapter at 30 is outside the range now: no next chapter from 12.
    s().seek(12);
    expect(s().jumpChapter(1)).toBe(false);
    s().removeChapter(12);
    expect(s().chapters.map((c) => c.step)).toEqual([3, 30]);
  });

  it('a restored chapter past the end of the run is dropped with a notice', () => {
    const store = createAppStore({ scenario: 'read-write', params });
    const last = selectTrace(store.getState()).length - 1;
    store.getState().restore({
      ...store.getState(),
      chapters: [
        { step: 2, name: 'Read' },
        { step: last + 5, name: 'Later' },
      ],
    });
    expect(store.getState().chapters).toEqual([{ step: 2, name: 'Read' }]);
    expect(store.getState().notices.map((n) => n.key)).toEqual(['playback.notice.chapterPastEnd']);
  });
});
