import type { Locale } from '../i18n/index';

const formats = new Map<string, Intl.NumberFormat>();

/**
 * A number as people read it (10000 → "10,000"), with one cached Intl.NumberFormat per locale and precision:
 * counters render every frame while playing, and toLocaleString builds a new formatter on each call.
 */
export function formatCount(locale: Locale, n: number, fractionDigits = 0): string {
  const key = `${locale}:${fractionDigits}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale === 'zh-CN' ? 'zh-CN' : 'en-US', {
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
    formats.set(key, f);
  }
  return f.format(n);
}
