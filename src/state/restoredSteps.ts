import { getPlayRange } from './playRange';
import type { Chapter, Notice } from './types';

/**
 * A restored state's range and step, fitted to a trace of `length` steps: a range past the end is clamped
 * to the last step, and a step outside the trace or the range moves to the nearest valid one; each repair
 * comes with a notice (1-based step numbers, as the step indicator shows them). Pure.
 */
export function restoredSteps(
  r: {
    readonly step: number;
    readonly from: number;
    readonly to: number | null;
    readonly chapters?: readonly Chapter[];
  },
  length: number,
): {
  step: number;
  from: number;
  to: number | null;
  chapters: readonly Chapter[];
  playable: boolean;
  notices: Notice[];
} {
  const notices: Notice[] = [];
  const end = Math.max(length - 1, 0);
  // A chapter past the end of this run has nothing to show: dropped, with a notice.
  const all = r.chapters ?? [];
  const chapters = all.filter((c) => c.step <= end);
  for (const c of all)
    if (c.step > end)
      notices.push({
        key: 'playback.notice.chapterPastEnd',
        params: { step: String(c.step), last: String(end) },
      });
  const { first, last } = getPlayRange(r, length);
  if (r.from > end || (r.to !== null && r.to > end))
    notices.push({ key: 'share.notice.rangeClamped', params: { last: end + 1 } });
  let step = r.step;
  if (step > end) {
    // The link's own value (0-based, as written in the link), not the 1-based step the controls show.
    notices.push({
      key: 'ui.notice.stepClamped',
      params: { step: String(r.step), steps: length, last: String(length - 1) },
    });
    step = end;
  }
  if (step < first || step > last) {
    const to = Math.min(Math.max(step, first), last);
    // A link with a range and no step simply starts at the range's first step.
    if (r.step > 0)
      notices.push({
        key: 'share.notice.stepOutsideRange',
        params: { step: step + 1, from: first + 1, to: last + 1, start: to + 1 },
      });
    step = to;
  }
  return { step, from: first, to: r.to === null ? null : last, chapters, playable: last > first, notices };
}
