import { MAX_VIDEO_STEPS } from './recordSteps';

/** What the video fields hold: 1-based steps as typed, as the step indicator counts. */
export interface VideoFields {
  readonly from: string;
  readonly to: string;
}

export type VideoRangeCheck =
  | { readonly ok: true; readonly from: number; readonly to: number }
  | { readonly ok: false; readonly key: string; readonly params: Readonly<Record<string, number>> };

/** Checks the fields against a run of `total` steps; on success the range is 0-based and inclusive. */
export function checkVideoRange(fields: VideoFields, total: number): VideoRangeCheck {
  const step = (text: string) => {
    const n = text.trim() === '' ? NaN : Number(text);
    return Number.isInteger(n) && n >= 1 && n <= total ? n : null;
  };
  const from = step(fields.from);
  const to = step(fields.to);
  if (from === null || to === null || to < from) {
    return { ok: false, key: 'export.video.range', params: { min: 1, max: total } };
  }
  if (to - from + 1 > MAX_VIDEO_STEPS) {
    return { ok: false, key: 'export.video.tooLong', params: { max: MAX_VIDEO_STEPS } };
  }
  return { ok: true, from: from - 1, to: to - 1 };
}
