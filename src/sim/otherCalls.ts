import type { RawStep } from './applyStep';
import { S, SITES } from './sites';
import { SYSCALL_NAMES } from './syscallNames';

/** Is this one of the sites of a call the model does not run (an opaque call, close, an EBADF failure)? */
export function isOtherCall(site: number): boolean {
  const o = S.other;
  return site === o.call.enter || site === o.call.exit || site === o.badFd.enter || site === o.badFd.exit;
}

/** The system call a step belongs to: its site's, or for a call the model does not run, its own (`a`). */
export function syscallNameOf(s: Pick<RawStep, 'site' | 'a'>): string {
  return isOtherCall(s.site) ? (SYSCALL_NAMES[s.a] ?? 'syscall') : (SITES[s.site]?.syscall ?? '?');
}
