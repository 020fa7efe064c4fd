import type { ReactNode } from 'react';
import { FONT, LINE, PAD, type Rect } from './layout';
import { ellipsize, textWidth, wrapText } from './textFit';

/** A labelled box: frame, title row, and optional lines of text below it. */
export function Box({
  r,
  title,
  id,
  hl = false,
  alert = false,
  dim = false,
  titleRight,
  children,
}: {
  r: Rect;
  title: string;
  id: string;
  hl?: boolean;
  alert?: boolean;
  dim?: boolean;
  titleRight?: string;
  children?: ReactNode;
}) {
  const cls = ['mv-box', hl ? 'is-hl' : '', alert ? 'is-alert' : '', dim ? 'is-dim' : '']
    .filter(Boolean)
    .join(' ');
  const rightW = titleRight ? Math.min(r.w / 2, 10 + textWidth(titleRight, FONT)) : 0;
  return (
    <g className={cls} data-box={id}>
      <rect className="mv-box-frame" x={r.x} y={r.y} width={r.w} height={r.h} rx={7} />
      <text className="mv-title" x={r.x + PAD} y={r.y + FONT + 1}>
        {ellipsize(title, r.w - 2 * PAD - rightW, FONT, true)}
      </text>
      {titleRight && (
        <text className="mv-title-right" x={r.x + r.w - PAD} y={r.y + FONT + 1} textAnchor="end">
          {ellipsize(titleRight, rightW, FONT)}
        </text>
      )}
      {children}
    </g>
  );
}

/** Lines of text under a box's title, wrapped/ellipsized to the box width. */
export function BoxLines({
  r,
  lines,
  top = LINE + 4,
  className = 'mv-text',
  maxLines,
}: {
  r: Rect;
  lines: readonly string[];
  top?: number;
  className?: string;
  maxLines?: number;
}) {
  const room = maxLines ?? Math.max(1, Math.floor((r.h - top - 4) / LINE));
  const out: string[] = [];
  for (const l of lines) {
    if (out.length >= room) break;
    out.push(...wrapText(l, r.w - 2 * PAD, FONT, room - out.length));
  }
  return (
    <>
      {out.map((l, i) => (
        <text key={i} className={className} x={r.x + PAD} y={r.y + top + FONT + i * LINE}>
          {l}
        </text>
      ))}
    </>
  );
}
