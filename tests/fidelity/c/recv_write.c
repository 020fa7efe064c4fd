/* Scenario recv-write: for (got = 0; got < F; got += n) { n = recv(4, buf, B, 0); write(3, buf, n); },
 * then fsync(3) with sync=fsync; sync=osync opens fd 3 with O_SYNC, sync=direct with O_DIRECT (and fills
 * each aligned chunk before writing it). The peer is source.c on 127.0.0.1; the window starts once all
 * its bytes are queued on fd 4, as with the model's loopback preset, where nothing waits for a wire.
 * wait=0 (scripts/captureStacks.ts) starts at once instead, so recv() meets an empty queue and sleeps. */
#include "write_side.h"
#include <sys/ioctl.h>
#include <time.h>

static void wait_queued(int fd, long size) {
  struct timespec tick = {0, 1000000};
  for (int i = 0; i < 10000; i++) {
    int queued = 0;
    if (ioctl(fd, FIONREAD, &queued) < 0) die("ioctl FIONREAD");
    if (queued >= size) return;
    nanosleep(&tick, NULL);
  }
  fprintf(stderr, "the peer's %ld bytes never all arrived\n", size);
  exit(2);
}

int main(int argc, char **argv) {
  long size = arg_long(argc, argv, "size", 4096);
  size_t chunk = (size_t)arg_long(argc, argv, "buf", 4096);
  const char *sync = arg(argc, argv, "sync", "none");
  const char *out = arg(argc, argv, "out", NULL);
  if (!out) die("missing out=PATH");
  int fd = open(out, O_WRONLY | O_CREAT | O_TRUNC | sync_flags(sync), 0644);
  expect_fd(fd, 3, "open");
  int s = socket(AF_INET, SOCK_STREAM, 0);
  expect_fd(s, 4, "socket");
  int rcvbuf = 4 << 20; /* room for the whole file: the kernel doubles it, up to rmem_max */
  if (setsockopt(s, SOL_SOCKET, SO_RCVBUF, &rcvbuf, sizeof rcvbuf) < 0) die("SO_RCVBUF");
  struct sockaddr_in sa = {.sin_family = AF_INET, .sin_port = htons((unsigned short)arg_long(argc, argv, "port", 0))};
  sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (connect(s, (struct sockaddr *)&sa, sizeof sa) < 0) die("connect");
  if (arg_long(argc, argv, "wait", 1)) wait_queued(4, size);
  char *buf = aligned_alloc(PAGE, (size_t)(PAGES(chunk) * PAGE));
  if (!buf) die("aligned_alloc");
  memset(buf, 0, chunk);
  int direct = strcmp(sync, "direct") == 0;

  write_window_begin(out, 0);
  ssize_t n;
  for (long got = 0; got < size; got += n) {
    if (direct) {
      ssize_t r;
      for (n = 0; (size_t)n < chunk && got + n < size; n += r) {
        size_t want = chunk - (size_t)n < (size_t)(size - got - n) ? chunk - (size_t)n : (size_t)(size - got - n);
        r = recv(4, buf + n, want, 0);
        if (r <= 0) write_fail("recv");
      }
    } else {
      n = recv(4, buf, chunk, 0);
      if (n <= 0) write_fail("recv");
    }
    if (write(3, buf, (size_t)n) < 0) write_fail("write");
  }
  if (strcmp(sync, "fsync") == 0 && fsync(3) < 0) write_fail("fsync");
  write_window_end();

  close(4);
  close(3);
  return 0;
}
