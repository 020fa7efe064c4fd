/**
 * en messages of the strace replay (issue 14): the narration of calls the model does not run (an opaque call,
 * close, a call on a bad descriptor: sites.ts S.other), of a store to the kernel half, and the importer's notices (`strace.notice.<code>`,
 * src/sim/program/strace/notices.ts). Keys and placeholders must match zh-CN (tests/i18n).
 */
export const strace: Readonly<Record<string, string>> = {
  'step.syscall.enter':
    'Process {pid} calls {name}(): ring 3 → ring 0 via {entry}, a mode switch. Not modelled: {name}. The model counts the call (one system call, two mode switches) but does not run its kernel work; for close() it only forgets the descriptor.',
  'step.syscall.exit':
    '{name}() returns {ret} to ring 3 via {entry}. Nothing moved on the data path. For an opaque call this is the value the program (or the replayed strace log) gives, since the model does not compute it.',
  'stepError.syscall.exit':
    '{name}() fails and returns {ret} ({errname}) to ring 3 via {entry}: the failure the program (or the replayed strace log) gives this opaque call. Nothing moved on the data path.',
  'step.lseek.enter':
    'Process {pid} calls lseek() on fd {fd} with offset {count} and SEEK_SET: ring 3 → ring 0 via {entry}, a mode switch. ksys_lseek looks the descriptor up; vfs_llseek calls the file system’s llseek (ext4_llseek → generic_file_llseek_size → vfs_setpos), which checks the offset against the largest file size.',
  'step.lseek.exit':
    'lseek() returns {ret} to ring 3 via {entry}: vfs_setpos stored the offset in the open file’s position (f_pos), and that is all. No page is read, copied or mapped; the next read, sendfile or splice on fd {fd} starts at byte {ret}.',
  'stepError.lseek.exit':
    'lseek() fails and returns {ret} ({errname}) to ring 3 via {entry}: vfs_setpos refuses a negative offset for a regular file, and the position stays where it was. Nothing moved.',
  'step.bad_fd.enter':
    'Process {pid} calls {name}() on descriptor {fd}: ring 3 → ring 0 via {entry}. The kernel first looks the descriptor up in the process’s file table.',
  'step.bad_fd.exit':
    '{name}() fails and returns {ret} ({errname}) to ring 3 via {entry}: the descriptor is not open in this process, or is open only the other way (a write to a file opened read-only, or to a pipe’s read end). Nothing moved.',
  'step.user.store_kernel':
    'User code in ring 3 stores to {addr}, an address in the kernel half. The kernel half is mapped in every process, but its pages are marked supervisor-only.',
  'step.fault.user_write_protection':
    'The MMU refuses the store: {addr} is on a supervisor page (U/S bit clear), and the CPU is in ring 3. Page fault from user mode, error code {err} (present, write, user): a mode switch into the kernel’s fault handler, which finds no user mapping there (assuming no KPTI, as for the load).',
  'strace.notice.unreadable': 'Line {line} is not a strace line the importer can read; skipped: {text}',
  'strace.notice.otherProcess':
    'Line {line}: process {pid} is a third process; the model runs two, so its calls are skipped.',
  'strace.notice.unfinished': 'Line {line}: {name}() never finished in the log; skipped.',
  'strace.notice.inheritedFd':
    'Line {line}: descriptor {fd} was inherited (a terminal or a file the log never opened); the model has neither, so its calls are kept as opaque calls.',
  'strace.notice.otherFile':
    'Line {line}: descriptor {fd} is a file or socket the model has no room for (4 files to read, 7 sockets, 1 written file), or one it reads and writes; its calls are kept as opaque calls.',
  'strace.notice.opaque': 'Line {line}: {name}() is not modelled; it is kept as an opaque call.',
  'strace.notice.opaqueSummary':
    'Calls the model does not run, kept as opaque calls (counted, not run): {names} ({count} in all).',
  'strace.notice.fileSize':
    'The file’s size, {size} bytes, comes from {call}() on line {at}; --cache says whether it starts in the page cache.',
  'strace.notice.noFileSize':
    'The log never shows the file’s size; the importer uses {size} bytes (the sum of what was read from it).',
  'strace.notice.asRead':
    'Line {line}: {name}() is replayed as {as}() (pread64 and readv read at the file position).',
  'strace.notice.signal': 'Line {line}: the signal is not a fault the model can raise; skipped.',
  'strace.notice.tooLong':
    'The log is longer than a program can be (255 lines after folding repeats); the calls after line {line} are left out.',
  'strace.notice.mapping':
    'Line {line}: a second mapping or an anonymous one; the model maps one file, so the call is kept as opaque.',
  'strace.notice.mismatch': 'Line {line}: the log returned {logged} where the model returns {model}.',
  'strace.notice.unknownFd':
    'Line {line}: descriptor {fd} was never opened in the log (strace attached later?); it is taken as the model’s {as}, fd {model}.',
  'strace.notice.thread':
    'Line {line}: this clone() makes a thread; the model has processes only, so it runs as a forked child with its own copy of the memory and descriptors.',
  'strace.notice.childExit':
    'The log does not show process {pid} calling exit_group; the replay ends it with exit(0), one system call the log does not have.',
};
