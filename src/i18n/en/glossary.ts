/**
 * en scenario descriptions: `scenario.<id>.title|question` (what each teaches loads with the gallery:
 * scenarioTeaches.ts; the textbook notes with the narration: textbookNotes.ts; the glossary's definitions on
 * demand: glossaryTerms.ts). Keys must match zh-CN (tests/i18n).
 */
export const glossary: Readonly<Record<string, string>> = {
  'scenario.syscall.title': 'One system call',
  'scenario.syscall.question': 'What exactly happens when a program calls getpid()?',
  'scenario.read-write.title': 'read() + write()',
  'scenario.read-write.question': 'Why does the traditional read/write loop copy every byte twice?',
  'scenario.mmap-write.title': 'mmap() + write()',
  'scenario.mmap-write.question': 'What does mmap save, and where is the hidden page fault?',
  'scenario.sendfile.title': 'sendfile()',
  'scenario.sendfile.question': 'Why does sendfile need no CPU copy on a modern NIC?',
  'scenario.splice.title': 'splice() through a pipe',
  'scenario.splice.question': 'How can a pipe move data without copying it?',
  'scenario.direct-io.title': 'O_DIRECT read + write',
  'scenario.direct-io.question': 'What does bypassing the page cache gain, and what does it cost?',
  'scenario.cow-fork.title': 'fork() and copy-on-write',
  'scenario.cow-fork.question': 'Why is fork() cheap, and when does the copying happen?',
  'scenario.kernel-access.title': 'User code touches kernel memory',
  'scenario.kernel-access.question': 'What stops a program from reading kernel memory?',
};
