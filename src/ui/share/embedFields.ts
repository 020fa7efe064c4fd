/** The sizes an embed is laid out for (embed.css): narrower is unreadable, wider only scales up. */
export const EMBED_WIDTH = { min: 320, max: 1920 } as const;
export const EMBED_HEIGHT = { min: 240, max: 1200 } as const;

export type EmbedFieldName = 'from' | 'to' | 'width' | 'height';
export type EmbedFields = Readonly<Record<EmbedFieldName, string>>;

/** Why a field's value cannot be used: an i18n key and its values. */
export interface FieldProblem {
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;
}

export interface CheckedEmbedFields {
  /** The values (steps 1-based, as typed), when every field is usable. */
  readonly values?: Readonly<Record<EmbedFieldName, number>>;
  readonly problems: Readonly<Partial<Record<EmbedFieldName, FieldProblem>>>;
}

/**
 * Checks the Embed dialog's fields against a run of `total` steps. Nothing is silently changed: a value out
 * of range or a From after To is a problem the dialog shows beside the field, and no snippet is made. Pure.
 */
export function checkEmbedFields(fields: EmbedFields, total: number): CheckedEmbedFields {
  const problems: Partial<Record<EmbedFieldName, FieldProblem>> = {};
  const read = (name: EmbedFieldName, min: number, max: number, key: string): number => {
    const text = fields[name].trim();
    const n = /^\d{1,9}$/.test(text) ? Number(text) : NaN;
    if (Number.isNaN(n)) problems[name] = { key: 'share.embed.err.whole', params: {} };
    // Strings: a pixel size reads "1920", not "1,920".
    else if (n < min || n > max) problems[name] = { key, params: { min: String(min), max: String(max) } };
    return n;
  };
  const from = read('from', 1, total, 'share.embed.err.step');
  const to = read('to', 1, total, 'share.embed.err.step');
  const width = read('width', EMBED_WIDTH.min, EMBED_WIDTH.max, 'share.embed.err.size');
  const height = read('height', EMBED_HEIGHT.min, EMBED_HEIGHT.max, 'share.embed.err.size');
  if (!problems.from && !problems.to && from > to)
    problems.to = { key: 'share.embed.err.reversed', params: { from, to } };
  if (Object.keys(problems).length > 0) return { problems };
  return { values: { from, to, width, height }, problems };
}
