/* Scenario io-uring (issue 17), the simulator's program text (src/sim/programs/uringPrograms.ts):
 *   ring = io_uring_setup(BATCH, flags); mmap the SQ+CQ rings and the SQEs;
 *   for each chunk c: a read of file bytes [c*B, c*B+len) into slot c % (BATCH/2+1), IOSQE_IO_LINK'ed to a
 *   send (op=send) or send_zc (op=send_zc) of that slot; every BATCH SQEs (or at the end):
 *     sqpoll=off: io_uring_submit_and_wait(ring, want)  -> one io_uring_enter(5, queued, want, GETEVENTS)
 *     sqpoll=on:  io_uring_submit(ring) (no system call while the SQ thread is awake) and spin on the CQ;
 *   want = queued, plus one notification CQE per send with send_zc.
 * Needs liburing (Debian's liburing-dev) at capture time only: CI runs the fidelity test on the fixtures. */
#include "common.h"
#include <liburing.h>

static void check_cqes(struct io_uring *ring, unsigned want) {
  struct io_uring_cqe *cqe;
  unsigned head, seen = 0;
  io_uring_for_each_cqe(ring, head, cqe) {
    /* A notification CQE (IORING_CQE_F_NOTIF) carries 0; any other must be a full read or send. */
    if (cqe->res < 0) {
      errno = -cqe->res;
      fail("cqe");
    }
    seen++;
  }
  if (seen < want) {
    fprintf(stderr, "only %u of %u CQEs\n", seen, want);
    exit(1);
  }
  io_uring_cq_advance(ring, want);
}

int main(int argc, char **argv) {
  open_file(argc, argv, O_RDONLY);
  off_t size = file_size(3);
  long chunk = arg_long(argc, argv, "buf", 4096);
  unsigned batch = (unsigned)arg_long(argc, argv, "batch", 32);
  int sqpoll = strcmp(arg(argc, argv, "sqpoll", "off"), "on") == 0;
  int zc = strcmp(arg(argc, argv, "op", "send"), "send_zc") == 0;
  connect_sink(argc, argv);
  unsigned slots = batch / 2 + 1;
  char *buf;
  if (posix_memalign((void **)&buf, PAGE, (size_t)chunk * slots) != 0) die("posix_memalign");
  memset(buf, 0, (size_t)chunk * slots); /* faulted in now: the window's reads fault nothing */
  struct io_uring ring;
  struct io_uring_params p = {.flags = sqpoll ? IORING_SETUP_SQPOLL : 0};

  window_begin(size);
  int ret = io_uring_queue_init_params(batch, &ring, &p);
  if (ret < 0) {
    errno = -ret;
    fail("io_uring_queue_init");
  }
  long chunks = (size + chunk - 1) / chunk;
  unsigned queued = 0, sends = 0;
  for (long i = 0; i < 2 * chunks; i++) {
    long c = i / 2;
    char *slot = buf + (c % slots) * chunk;
    unsigned len = (unsigned)(size - c * chunk < chunk ? size - c * chunk : chunk);
    struct io_uring_sqe *sqe = io_uring_get_sqe(&ring);
    if (!sqe) fail("io_uring_get_sqe");
    if (i % 2 == 0) {
      io_uring_prep_read(sqe, 3, slot, len, (__u64)(c * chunk));
      io_uring_sqe_set_flags(sqe, IOSQE_IO_LINK);
    } else {
      if (zc)
        io_uring_prep_send_zc(sqe, 4, slot, len, 0, 0);
      else
        io_uring_prep_send(sqe, 4, slot, len, 0);
      sends++;
    }
    queued++;
    if (queued == batch || i == 2 * chunks - 1) {
      unsigned want = zc ? queued + sends : queued;
      if (!sqpoll) {
        ret = io_uring_submit_and_wait(&ring, want);
        if (ret < 0) {
          errno = -ret;
          fail("io_uring_submit_and_wait");
        }
      } else {
        io_uring_submit(&ring);
        while (io_uring_cq_ready(&ring) < want)
          ;
      }
      check_cqes(&ring, want);
      queued = 0;
      sends = 0;
    }
  }
  window_end();
  io_uring_queue_exit(&ring);
  close(4);
  close(3);
  return 0;
}
