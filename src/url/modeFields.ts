import { decodeChapters, encodeChapters } from './chapters';
import {
  CONTROLS,
  DEFAULT_MODES,
  PAUSE_POINTS,
  SCALE_MAX,
  SCALE_MIN,
  SCALE_STEP,
  type LinkState,
  type Notice,
} from './fields';

/** The link fields of the embed and presenter modes and the playback range. */
type ModeState = Pick<LinkState, keyof typeof DEFAULT_MODES>;
/** What a link set explicitly; absent fields take DEFAULT_MODES. */
export type LinkModes = { -readonly [K in keyof ModeState]?: ModeState[K] };

/** The mode fields that differ from the defaults, in a fixed readable order (`from=…&to=…&embed=1…`). Pure. */
export function encodeModes(s: ModeState): string[] {
  const q: string[] = [];
  if (s.from > 0) q.push(`from=${s.from}`);
  if (s.to !== null) q.push(`to=${s.to}`);
  if (s.chapters.length > 0) q.push(`ch=${encodeChapters(s.chapters)}`);
  if (s.embed) q.push('embed=1');
  if (s.present) q.push('present=1');
  if (s.scale !== DEFAULT_MODES.scale) q.push(`scale=${s.scale}`);
  if (s.controls !== DEFAULT_MODES.controls) q.push(`controls=${s.controls}`);
  if (s.narration) q.push('narration=1');
  if (s.autoplay) q.push('autoplay=1');
  // `loop` is taken by a scenario parameter (loop=size|eof), so the playback loop is `repeat=1`.
  if (s.loop) q.push('repeat=1');
  if (s.pauseAt !== DEFAULT_MODES.pauseAt) q.push(`pause=${s.pauseAt}`);
  return q;
}

/** The nearest allowed scale: clamped to 1–3 and rounded to a quarter. */
export function nearestScale(n: number): number {
  const clamped = Math.min(Math.max(n, SCALE_MIN), SCALE_MAX);
  return Math.round(clamped / SCALE_STEP) * SCALE_STEP;
}

/**
 * Reads one mode field into `modes`, or reports why not (`shown` is the caller's safe rendering of a value).
 * Returns false when `key` is not a mode field. Pure.
 */
export function decodeModeField(
  key: string,
  value: string,
  modes: LinkModes,
  notices: Notice[],
  shown: (text: string) => string,
): boolean {
  const bad = (k = 'ui.notice.badView') =>
    notices.push({ key: k, params: { name: key, value: shown(value) } });
  switch (key) {
    case 'from':
    case 'to':
      if (/^\d{1,12}$/.test(value)) modes[key] = Number(value);
      else bad('share.notice.badRange');
      return true;
    case 'ch':
      modes.chapters = decodeChapters(value, notices, shown);
      return true;
    case 'embed':
    case 'present':
    case 'narration':
    case 'autoplay':
      if (value === '1' || value === '0') modes[key] = value === '1';
      else bad('share.notice.badFlag');
      return true;
    case 'repeat':
      if (modes.loop !== undefined) notices.push({ key: 'ui.notice.duplicate', params: { name: key } });
      else if (value === '1' || value === '0') modes.loop = value === '1';
      else bad('share.notice.badFlag');
      return true;
    case 'loop':
      // `loop=1` by hand means the playback loop; `loop=size|eof` stays the scenario parameter.
      if (value !== '1' && value !== '0') return false;
      if (modes.loop !== undefined) notices.push({ key: 'ui.notice.duplicate', params: { name: key } });
      else modes.loop = value === '1';
      return true;
    case 'controls': {
      const c = CONTROLS.find((v) => v === value);
      if (c) modes.controls = c;
      else bad();
      return true;
    }
    case 'pause': {
      const p = PAUSE_POINTS.find((v) => v === value);
      if (p) modes.pauseAt = p;
      else bad();
      return true;
    }
    case 'scale': {
      const n = /^\d{1,2}(\.\d{1,6})?$/.test(value) ? Number(value) : NaN;
      if (Number.isNaN(n)) bad();
      else {
        modes.scale = nearestScale(n);
        if (modes.scale !== n)
          notices.push({
            key: 'share.notice.badScale',
            params: {
              name: key,
              value: shown(value),
              scale: String(modes.scale),
              min: SCALE_MIN,
              max: SCALE_MAX,
            },
          });
      }
      return true;
    }
  }
  return false;
}

/** A range that ends before it starts is dropped whole (neither end can be trusted), with a notice. */
export function checkRange(modes: LinkModes, notices: Notice[]): void {
  const { from, to } = modes;
  if (from === undefined || to === undefined || to === null || from <= to) return;
  notices.push({
    key: 'share.notice.rangeReversed',
    params: { name: 'from', other: 'to', from: String(from), to: String(to) },
  });
  delete modes.from;
  delete modes.to;
}

/**
 * A link cannot be both: presenter mode wins (it is the one someone asked for to show the whole room), and
 * `embed=1` is dropped with a notice rather than silently.
 */
export function checkModeConflict(modes: LinkModes, notices: Notice[]): void {
  if (!modes.embed || !modes.present) return;
  notices.push({ key: 'share.notice.embedWithPresent', params: { name: 'embed', other: 'present' } });
  delete modes.embed;
}
