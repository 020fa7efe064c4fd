import type { Params } from '../params';
import { constants } from './header';

/** The io_uring's set-up: the instance, then its two mappings (IORING_FEAT_SINGLE_MMAP: SQ + CQ, SQEs). */
function ringSetup(p: Params): string[] {
  const flags = p.sqpoll === 'on' ? 'IORING_SETUP_SQPOLL' : '0';
  const rw = 'PROT_READ | PROT_WRITE, MAP_SHARED | MAP_POPULATE';
  return [
    `ring = io_uring_setup(BATCH, ${flags});     // fd 5: the SQ and CQ rings and the SQE array, in the kernel`,
    `rings = mmap(NULL, 64 + 36 * BATCH, ${rw}, ring, IORING_OFF_SQ_RING); // SQ + CQ rings`,
    `sqes = mmap(NULL, 64 * BATCH, ${rw}, ring, IORING_OFF_SQES);            // the SQE array`,
  ];
}

/** How one batch is handed to the kernel and its completions awaited. */
function submitAndWait(p: Params, want: string): string[] {
  if (p.sqpoll === 'off')
    return [
      `    io_uring_submit_and_wait(ring, ${want}); // io_uring_enter(ring, queued, ${want}, IORING_ENTER_GETEVENTS)`,
    ];
  return [
    '    io_uring_submit(ring);               // moves the SQ tail: no system call, the SQ thread polls it',
    `    while (io_uring_cq_ready(ring) < ${want})`,
    '      ;                                  // spins on the CQ tail: no system call either',
  ];
}

/**
 * `io-uring` (issue 17): read a file and send it in `buf` chunks as linked read → send pairs, BATCH SQEs per
 * submission. Each pair uses its own buffer slot, so a batch's reads do not overwrite what its sends still
 * need; with SEND_ZC a batch also waits for its notifications before the slots are reused.
 */
export function ioUringProgram(p: Params): string {
  const zc = p.op === 'send_zc';
  const want = zc ? 'queued + sends' : 'queued';
  const send = zc
    ? '    io_uring_prep_send_zc(sqe, 4, slot, len, 0, 0); // IORING_OP_SEND_ZC: pins the pages, notifies later'
    : '    io_uring_prep_send(sqe, 4, slot, len, 0);     // IORING_OP_SEND: copies into skbs';
  return [
    `// io-uring: linked read → send pairs, BATCH SQEs per submission (op=${p.op}, sqpoll=${p.sqpoll})`,
    ...constants('io-uring', p),
    'world process "sender";',
    'world file 3 = { size: F, cache: CACHE };',
    'world tcp 4 = { sndbuf: SNDBUF };',
    'world buffer buf = { size: B, count: BATCH / 2 + 1 }; // one slot per pair in flight',
    ...ringSetup(p),
    'chunks = (F + B - 1) / B;',
    'queued = 0;',
    'sends = 0;',
    'for (i = 0; i < 2 * chunks; i += 1) {',
    '  c = i / 2;',
    '  slot = buf + c % (BATCH / 2 + 1) * B;',
    '  len = min(B, F - c * B);',
    '  sqe = io_uring_get_sqe(ring);          // a free slot in the mapped SQE array',
    '  if (i % 2 == 0) {',
    '    io_uring_prep_read(sqe, 3, slot, len, c * B); // plain stores into the SQE: no system call',
    '    io_uring_sqe_set_flags(sqe, IOSQE_IO_LINK);   // the send waits for this read',
    '  } else {',
    send,
    '    sends += 1;',
    '  }',
    '  queued += 1;',
    '  if (queued == BATCH || i == 2 * chunks - 1) {',
    ...submitAndWait(p, want),
    `    io_uring_cq_advance(ring, ${want});`,
    '    queued = 0;',
    '    sends = 0;',
    '  }',
    '}',
  ].join('\n');
}

/**
 * `msg-zerocopy` (issue 17): the program's data, already in its memory, sent with MSG_ZEROCOPY; the pages
 * stay pinned until the completion notifications are read from the error queue.
 */
export function msgZerocopyProgram(p: Params): string {
  return [
    `// msg-zerocopy: send(MSG_ZEROCOPY) from pinned user pages (nic=${p.nic})`,
    ...constants('msg-zerocopy', p),
    'world process "sender";',
    'world tcp 4 = { sndbuf: SNDBUF, nic: NIC };',
    'world buffer buf = { size: B, count: (F + B - 1) / B }; // F bytes the program made itself',
    'one = 1;',
    'setsockopt(4, SOL_SOCKET, SO_ZEROCOPY, &one, 4);',
    'for (off = 0; off < F; off += n)',
    '  n = send(4, buf + off, min(B, F - off), MSG_ZEROCOPY); // pins the pages: no copy',
    'sends = (F + B - 1) / B;',
    '// The buffer may not be reused until its notification is read (ranges of sends, coalesced).',
    'for (done = 0; done < sends; done = msg[1] + 1) {',
    '  poll(4, POLLERR, -1);                   // sleeps until the error queue has a notification',
    '  recvmsg(4, msg, MSG_ERRQUEUE);          // msg = {first send, last send, ee_code}',
    '}',
  ].join('\n');
}
