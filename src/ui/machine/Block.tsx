import type { Rect } from './layout';
import { FONT, LINE } from './layout';
import type { BlockView } from './machineViewModel';
import { fits } from './textFit';

/** CSS class carrying a page colour: var(--page-k) via .mv-ck, or the striped "several pages" fill. */
export function colourClass(colour: number | null): string {
  return colour === null ? 'mv-multi' : `mv-c${colour}`;
}

/**
 * A block of file pages. Data: filled with the page colour. Reference: an outlined pointer chip ("→p0").
 * Locked: hatched (being read from disk). Empty: a dashed slot. The page label is drawn whenever it fits,
 * so colour is never the only carrier (the box caption names the pages otherwise).
 */
export function Block({ b, r, uid }: { b: BlockView; r: Rect; uid: string }) {
  const cls = `mv-block mv-block-${b.kind} ${colourClass(b.colour)}`;
  const cx = r.x + r.w / 2;
  const showLabel = fits(b.label, r.w - 6, FONT, true) && r.h >= FONT + 2;
  const showDetail = b.detail !== '' && showLabel && r.h >= 2 * LINE + 4 && fits(b.detail, r.w - 6, FONT);
  const labelY = showDetail ? r.y + r.h / 2 - LINE / 2 + 8 : r.y + r.h / 2 + 8;
  return (
    <g className={cls} data-block={b.label} data-kind={b.kind}>
      {/* Names the pages on hover too, for blocks too small to print their label. */}
      <title>{b.detail ? `${b.label} · ${b.detail}` : b.label}</title>
      <rect className="mv-block-bg" x={r.x} y={r.y} width={r.w} height={r.h} rx={5} />
      {b.colour === null && b.kind !== 'empty' && (
        <rect
          className="mv-block-stripes"
          x={r.x + 2}
          y={r.y + r.h - 9}
          width={Math.max(0, r.w - 4)}
          height={7}
          fill={`url(#${uid}-stripes)`}
        />
      )}
      {(b.kind === 'locked' || b.kind === 'writeback') && (
        <rect
          x={r.x}
          y={r.y}
          width={r.w}
          height={r.h}
          rx={5}
          fill={`url(#${uid}-hatch)`}
          className="mv-hatch"
        />
      )}
      {(b.kind === 'dirty' || b.kind === 'writeback') && (
        // A corner mark besides the outline colour: D = dirty (only in memory), W = under writeback.
        <text className="mv-block-mark" x={r.x + r.w - 4} y={r.y + FONT - 1} textAnchor="end">
          {b.kind === 'dirty' ? 'D' : 'W'}
        </text>
      )}
      {showLabel && (
        <text className="mv-block-label" x={cx} y={labelY} textAnchor="middle">
          {b.label}
        </text>
      )}
      {showDetail && (
        <text className="mv-block-detail" x={cx} y={labelY + LINE} textAnchor="middle">
          {b.detail}
        </text>
      )}
    </g>
  );
}
