import { describe, expect, it } from 'vitest';
import { MAX_VIDEO_STEPS } from '../../../src/ui/export/recordSteps';
import { checkVideoRange } from '../../../src/ui/export/videoRange';

describe('the video range fields', () => {
  it('turns 1-based steps into a 0-based inclusive range', () => {
    expect(checkVideoRange({ from: '3', to: '10' }, 49)).toEqual({ ok: true, from: 2, to: 9 });
    expect(checkVideoRange({ from: '5', to: '5' }, 49)).toEqual({ ok: true, from: 4, to: 4 });
  });

  it.each([
    ['', '4'],
    ['1', ''],
    ['0', '4'],
    ['2.5', '4'],
    ['9', '4'],
    ['1', '50'],
    ['x', '4'],
  ])('refuses from=%j to=%j in a run of 49 steps', (from, to) => {
    expect(checkVideoRange({ from, to }, 49)).toEqual({
      ok: false,
      key: 'export.video.range',
      params: { min: 1, max: 49 },
    });
  });

  it('refuses a range longer than one video holds', () => {
    expect(checkVideoRange({ from: '1', to: String(MAX_VIDEO_STEPS + 1) }, 10_000)).toMatchObject({
      ok: false,
      key: 'export.video.tooLong',
    });
    expect(checkVideoRange({ from: '1', to: String(MAX_VIDEO_STEPS) }, 10_000).ok).toBe(true);
  });
});
