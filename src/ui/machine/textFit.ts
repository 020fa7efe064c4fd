/**
 * Text measurement without layout (jsdom has none, and render must stay pure): an estimate from character
 * classes, a little generous so that labels that "fit" really do in the system UI fonts.
 */
function charWidth(code: number): number {
  if (code >= 0x2e80) return 1; // CJK ideographs and full-width punctuation
  if (code === 0x20) return 0.3;
  if (code >= 0x30 && code <= 0x39) return 0.62;
  if (code >= 0x41 && code <= 0x5a) return 0.7;
  if ('ijlrtf.,:;|!()[]-\'"'.includes(String.fromCharCode(code))) return 0.38;
  if (code === 0x2192 || code === 0x2013 || code === 0xd7) return 0.8; // → – ×
  return 0.57;
}

export function textWidth(text: string, size: number, bold = false): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch.codePointAt(0)!);
  return w * size * (bold ? 1.1 : 1);
}

export function fits(text: string, width: number, size: number, bold = false): boolean {
  return textWidth(text, size, bold) <= width;
}

/** Cuts text to the width, ending with "…". */
export function ellipsize(text: string, width: number, size: number, bold = false): string {
  if (fits(text, width, size, bold)) return text;
  const chars = [...text];
  while (chars.length > 1 && !fits(chars.join('') + '…', width, size, bold)) chars.pop();
  return chars.join('') + '…';
}

/**
 * Wraps text into at most `maxLines` lines of the given width: at spaces for Latin text, anywhere between
 * CJK characters. The last line is ellipsized when text remains.
 */
export function wrapText(
  text: string,
  width: number,
  size: number,
  maxLines: number,
  bold = false,
): string[] {
  const tokens = text.match(/[\u2e80-\uffff]|[^\s\u2e80-\uffff]+|\s+/g) ?? [];
  const lines: string[] = [];
  let cur = '';
  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k]!;
    const next = cur + tok;
    if (cur === '' && /^\s+$/.test(tok)) continue;
    if (fits(next.trimEnd(), width, size, bold) || cur.trim() === '') {
      cur = next;
      continue;
    }
    lines.push(cur.trimEnd());
    if (lines.length === maxLines) {
      lines[maxLines - 1] = ellipsize(
        `${lines[maxLines - 1]} ${tokens.slice(k).join('')}`,
        width,
        size,
        bold,
      );
      return lines;
    }
    cur = /^\s+$/.test(tok) ? '' : tok;
  }
  if (cur.trim() !== '') lines.push(cur.trimEnd());
  return lines.map((l) => ellipsize(l, width, size, bold));
}
