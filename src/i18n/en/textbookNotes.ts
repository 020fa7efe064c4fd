/**
 * en: the counters panel's notes on the textbook figures, `textbook.<scenario>` (long, and read only beside a
 * run: they load with the narration, loadNarration). Keys must match zh-CN's glossary part (tests/i18n).
 */
export const textbookNotes: Readonly<Record<string, string>> = {
  'textbook.read-write':
    'The textbook counts 4 “context switches”: they are mode switches (2 per system call). Its 2 DMA + 2 CPU copies hold for one chunk; a real loop repeats them per chunk, the disk DMA happens only on a page-cache miss (and readahead batches it), a miss blocks the process (a real context switch), and a loop until EOF makes one more read that returns 0.',
  'textbook.mmap-write':
    'The textbook shows mmap + write: 4 mode switches, 2 DMA + 1 CPU copy. It leaves out munmap (a third system call plus a TLB flush) and the page fault inside write(): the copy touches the unmapped pages, which faults in kernel mode (not a mode switch), and fault-around maps up to 16 pages per fault.',
  'textbook.sendfile':
    'The textbook’s “2 DMA + 1 CPU copy” is the case of a NIC without scatter-gather (sg=off). With scatter-gather, which modern NICs have, Linux passes page references and there is no CPU copy at all. Large files also need more than one call.',
  'textbook.splice':
    'The textbook says “0 CPU copies via a pipe”. True, but it takes pipe2 and two splice calls per chunk (file → pipe, pipe → socket), a pipe holds at most 16 pages, and without scatter-gather the pipe → socket step copies after all.',
  'textbook.direct-io':
    'The textbook only says O_DIRECT “bypasses the page cache”. Here you also see the cost: a disk request and a blocking context switch on every read, even when the file is cached, and misaligned buffers, offsets or lengths fail with EINVAL. The copy into the socket buffer remains.',
  'textbook.cow-fork':
    'The textbook: fork marks pages read-only, a write faults, the page is copied. It leaves out that the parent’s entries become read-only too (so the parent faults as well), that fork flushes the parent’s TLB, and that the last user of a frame gets it back without a copy (reuse).',
};
