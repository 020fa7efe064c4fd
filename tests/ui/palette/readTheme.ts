import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Vitest runs from the project root. */
export const THEME_CSS = resolve(process.cwd(), 'src/ui/theme.css');

/**
 * The custom properties each theme block of src/ui/theme.css sets, read from the CSS itself so the test
 * checks exactly what ships. The light block is `:root, :root[data-theme='light']`; media-query overrides
 * (type scale only) are ignored.
 */
export function readThemes(css = readFileSync(THEME_CSS, 'utf8')): Record<string, Record<string, string>> {
  const themes: Record<string, Record<string, string>> = {};
  const top = css.replace(/@media[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g, '');
  for (const m of top.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const theme = /data-theme='(\w+)'/.exec(m[1]!)?.[1];
    if (!theme) continue;
    const vars: Record<string, string> = {};
    for (const d of m[2]!.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) vars[d[1]!] = d[2]!.trim();
    themes[theme] = vars;
  }
  return themes;
}
