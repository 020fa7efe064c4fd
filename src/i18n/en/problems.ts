import { PROBLEM_MESSAGES } from '../../sim/index';

/**
 * en messages of the problems the core reports about a program (`problem.<code>`): the core's own English
 * (src/sim/program/problemMessages.ts, which the CLI prints), so the two never drift apart. They load with the
 * editor (loadEditorMessages). Keys and placeholders match zh-CN (tests/i18n).
 */
export const problems: Readonly<Record<string, string>> = {
  ...Object.fromEntries(
    Object.entries(PROBLEM_MESSAGES).map(([code, message]) => [`problem.${code}`, message]),
  ),
  // What the strace importer takes a descriptor the log never opened as (the notice strace.notice.unknownFd).
  'strace.notice.as.file': 'file',
  'strace.notice.as.socket': 'socket',
};
