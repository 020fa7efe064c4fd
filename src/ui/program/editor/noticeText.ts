import type { StraceNotice } from '../../../sim/index';

type Translate = (key: string, params?: Readonly<Record<string, string | number>>) => string;

/**
 * An importer's notice in the reader's language (`strace.notice.<code>`). Its params are words of the log
 * (names, numbers), except the kind of object an unknown descriptor is taken as (`file`, `socket`), which is
 * said in the reader's words too.
 */
export function noticeText(t: Translate, n: StraceNotice): string {
  const as = n.params.as;
  const params =
    n.code === 'unknownFd' && typeof as === 'string'
      ? { ...n.params, as: t(`strace.notice.as.${as}`) }
      : n.params;
  return t(`strace.notice.${n.code}`, params);
}
