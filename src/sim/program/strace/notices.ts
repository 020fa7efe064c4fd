/** What the importer tells the user about a log: a line it skipped or mapped approximately, and why. */
export type StraceNoticeCode =
  | 'unreadable'
  | 'otherProcess'
  | 'unfinished'
  | 'inheritedFd'
  | 'otherFile'
  | 'opaque'
  | 'opaqueSummary'
  | 'fileSize'
  | 'noFileSize'
  | 'asRead'
  | 'signal'
  | 'tooLong'
  | 'mapping'
  | 'mismatch'
  | 'unknownFd'
  | 'thread'
  | 'childExit'
  | 'ioUring'
  | 'zeroCopy'
  | 'storesUnseen';

export interface StraceNotice {
  /** The log's line (1-based); 0 for a notice about the whole log. */
  readonly line: number;
  /** The message key is `strace.notice.<code>` (src/i18n/<locale>/strace.ts); `params` fill it. */
  readonly code: StraceNoticeCode;
  readonly params: Readonly<Record<string, string | number>>;
  /** The English text, for the CLI. */
  readonly message: string;
}

const EN: { readonly [C in StraceNoticeCode]: string } = {
  unreadable: 'Line {line} is not a strace line the importer can read; skipped: {text}',
  otherProcess:
    'Line {line}: process {pid} is a third process; the model runs two, so its calls are skipped.',
  unfinished: 'Line {line}: {name}() never finished in the log; skipped.',
  inheritedFd:
    'Line {line}: descriptor {fd} was inherited (a terminal or a file the log never opened); the model has neither, so its calls are kept as opaque calls.',
  otherFile:
    'Line {line}: descriptor {fd} is a file or socket the model has no room for (4 files to read, 7 sockets, 1 written file), or one it reads and writes; its calls are kept as opaque calls.',
  opaque: 'Line {line}: {name}() is not modelled; it is kept as an opaque call.',
  opaqueSummary:
    'Calls the model does not run, kept as opaque calls (counted, not run): {names} ({count} in all).',
  fileSize:
    'The file’s size, {size} bytes, comes from {call}() on line {at}; --cache says whether it starts in the page cache.',
  noFileSize:
    'The log never shows the file’s size; the importer uses {size} bytes (the sum of what was read from it).',
  asRead: 'Line {line}: {name}() is replayed as {as}() (pread64 and readv read at the file position).',
  signal: 'Line {line}: the signal is not a fault the model can raise; skipped.',
  tooLong:
    'The log is longer than a program can be (255 lines after folding repeats); the calls after line {line} are left out.',
  mapping:
    'Line {line}: a second mapping or an anonymous one; the model maps one file, so the call is kept as opaque.',
  mismatch: 'Line {line}: the log returned {logged} where the model returns {model}.',
  unknownFd:
    'Line {line}: descriptor {fd} was never opened in the log (strace attached later?); it is taken as the model’s {as}, fd {model}.',
  childExit:
    'The log does not show process {pid} calling exit_group; the replay ends it with exit(0), one system call the log does not have.',
  ioUring:
    'Line {line}: {name}() works on io_uring’s rings, which the program fills by stores strace does not see; io_uring calls are kept as opaque calls (counted, not run).',
  zeroCopy:
    'Line {line}: {name}() uses MSG_ZEROCOPY; a replay sends with write()’s copy, and reads of the error queue are kept as opaque calls.',
  storesUnseen:
    'Line {line}: the file is mapped shared and writable; the stores that fill the mapping are memory writes strace does not see, so the replay maps and msyncs it without them.',
  thread:
    'Line {line}: this clone() makes a thread; the model has processes only, so it runs as a forked child with its own copy of the memory and descriptors.',
};

/** The English template of each code (the catalogues hold the same text under `strace.notice.<code>`). */
export const NOTICE_TEMPLATES = EN;

export function notice(
  line: number,
  code: StraceNoticeCode,
  params: Record<string, string | number> = {},
): StraceNotice {
  const all = { line, ...params };
  const message = EN[code].replace(/\{(\w+)\}/g, (m, k: string) =>
    k in all ? String(all[k as keyof typeof all]) : m,
  );
  return { line, code, params: all, message };
}
