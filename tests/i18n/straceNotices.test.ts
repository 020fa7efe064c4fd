import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGS, LOCALES, loadLocale, placeholders } from '../../src/i18n/index';
import { importStrace, type StraceNotice } from '../../src/sim/index';

await Promise.all(LOCALES.map(loadLocale));

/** Logs that between them raise every kind of notice the importer gives. */
const LOGS = [
  readFileSync('tests/fidelity/raw/read-write.file=10000.loop=eof.cache=cold.strace', 'utf8'),
  [
    'a stray line',
    'openat(AT_FDCWD, "a", O_RDONLY) = 3',
    'openat(AT_FDCWD, "b", O_RDONLY) = 4',
    'read(3, "x", 100) = 100',
    'read(4, "x", 10) = 10',
    'pread64(3, "x", 10, 0) = 10',
    'mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, 3, 0) = 0x7f0000000000',
    'sendto(9, "x", 10, 0, NULL, 0) = 10',
    'clone(child_stack=0x7f00, flags=CLONE_VM|CLONE_THREAD) = 8',
    '[pid 8] getpid() = 7',
    'clone(child_stack=NULL, flags=SIGCHLD) = 9',
    '[pid 9] getpid() = 9',
    '--- SIGUSR1 {si_signo=SIGUSR1, si_code=SI_USER, si_pid=1, si_uid=0} ---',
    'read(3, "x", 1 <unfinished ...>',
  ].join('\n'),
  Array.from({ length: 400 }, (_, i) => `read(0, "x", ${i + 1}) = ${i + 1}`).join('\n'),
];

const notices: StraceNotice[] = LOGS.flatMap((log) => [...importStrace(log).notices]);

describe('strace import notices', () => {
  it('the logs above raise many kinds of notice', () => {
    expect(new Set(notices.map((n) => n.code)).size).toBeGreaterThanOrEqual(12);
  });

  it.each(LOCALES)('%s has a strace.notice.<code> message for each, filled by its params', (locale) => {
    for (const n of notices) {
      const message = CATALOGS[locale][`strace.notice.${n.code}`];
      expect(message, n.code).toBeDefined();
      for (const name of placeholders(message!)) expect(n.params[name], `${n.code}: {${name}}`).toBeDefined();
    }
  });

  it("the core's English text is the en catalogue's message", () => {
    for (const n of notices) {
      const template = CATALOGS.en[`strace.notice.${n.code}`]!;
      expect(template.replace(/\{(\w+)\}/g, (_, k: string) => String(n.params[k]))).toBe(n.message);
    }
  });
});
