/* Scenario vmsplice (issue 17), the simulator's program text:
 *   pipe2(p, 0);
 *   for (off = 0; off < F; off += n) {
 *     n = vmsplice(p[1], buf + off, min(F - off, 65536), SPLICE_F_GIFT);
 *     splice(p[0], NULL, 4, NULL, n, 0);
 *   }
 * The data is already in memory before the window: a page-aligned buffer holding the file's bytes. */
#include "common.h"
#include <stdint.h>
#include <sys/uio.h>

int main(int argc, char **argv) {
  open_file(argc, argv, O_RDONLY);
  off_t size = file_size(3);
  char *buf;
  if (posix_memalign((void **)&buf, PAGE, (size_t)size + 1) != 0) die("posix_memalign");
  /* The program makes the file's bytes itself (scripts/capture.ts: testBytes, xorshift32), so no read()
   * outside the window moves data the scenario does not: the sink still checks every byte. */
  uint32_t x = 0x2545f491u;
  for (off_t i = 0; i < size; i++) {
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    buf[i] = (char)(x & 0xff);
  }
  connect_sink(argc, argv);
  int p[2];
  window_begin(size);
  if (pipe2(p, 0) < 0) fail("pipe2");
  for (off_t off = 0; off < size;) {
    size_t len = (size_t)(size - off) < 65536 ? (size_t)(size - off) : 65536;
    struct iovec iov = {.iov_base = buf + off, .iov_len = len};
    ssize_t n = vmsplice(p[1], &iov, 1, SPLICE_F_GIFT);
    if (n < 0) fail("vmsplice");
    if (splice(p[0], NULL, 4, NULL, (size_t)n, 0) != n) fail("splice");
    off += n;
  }
  window_end();
  close(4);
  close(3);
  return 0;
}
