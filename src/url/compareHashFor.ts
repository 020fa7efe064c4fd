import { COMPARE_ROUTE } from './routes';

/** The run compare mode opens beside a scenario: the traditional path beside zero copy, else beside read-write. */
export function comparePartner(scenario: string): string {
  return scenario === 'read-write' ? 'sendfile' : 'read-write';
}

/** Single-run link fields that carry over to the compare link (its parameters are shared by both runs). */
const VIEW_FIELDS = new Set(['lang', 'theme']);

/**
 * The compare link that opens a single run's link (encodeHash's output) as run A beside `partner`: its
 * parameters written once for both runs (a program's, and its text, for run A only), its language and theme.
 * Pure string work, so the compare codec stays out of the initial JavaScript.
 */
export function compareHashFor(hash: string, partner: string, paramNames: readonly string[]): string {
  const text = hash.replace(/^#\/*/, '');
  const q = text.indexOf('?');
  const path = q >= 0 ? text.slice(0, q) : text;
  const program = path === 'program';
  const out = [program ? 'a=program' : `a=${encodeURIComponent(path)}`, `b=${encodeURIComponent(partner)}`];
  for (const [key, value] of new URLSearchParams(q >= 0 ? text.slice(q + 1) : '')) {
    const v = encodeURIComponent(value);
    if (key === 'base' || key === 'src') out.push(`a.${key}=${v}`);
    else if (paramNames.includes(key)) out.push(program ? `a.${key}=${v}` : `${key}=${v}`);
    else if (VIEW_FIELDS.has(key)) out.push(`${key}=${v}`);
  }
  out.push('by=syscall', 'v=1');
  return `#/${COMPARE_ROUTE}?${out.join('&')}`;
}
