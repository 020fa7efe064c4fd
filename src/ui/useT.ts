import { useCallback } from 'react';
import { translate } from '../i18n/index';
import { useApp } from './StoreContext';

/** translate() bound to the current locale. Returns plain text: render it as text, never as HTML. */
export function useT(): (key: string, params?: Readonly<Record<string, string | number>>) => string {
  const locale = useApp((s) => s.locale);
  return useCallback((key, params) => translate(locale, key, params), [locale]);
}
