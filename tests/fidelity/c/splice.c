/* Scenario splice: pipe2(p, 0); then per chunk n = splice(3, NULL, p[1], NULL, len, 0) and
 * splice(p[0], NULL, 4, NULL, n, 0), with len = min(left, 65536) for loop=size and 65536 for
 * loop=eof, whose last file-to-pipe call meets EOF and returns 0 (the simulator's program text). */
#include "common.h"

#define CHUNK 65536L /* 16 pipe buffers of one page: the default pipe capacity */

int main(int argc, char **argv) {
  int eof = loop_is_eof(argc, argv);
  open_file(argc, argv, O_RDONLY);
  off_t size = file_size(3);
  connect_sink(argc, argv);
  window_begin(size);
  int p[2];
  if (pipe2(p, 0) < 0) fail("pipe2");
  /* flags 0, not SPLICE_F_MORE: with MORE the reference saw TCP cork every chunk until close(). */
  for (off_t left = size; eof || left > 0;) {
    ssize_t n = splice(3, NULL, p[1], NULL, (size_t)(eof || left > CHUNK ? CHUNK : left), 0);
    if (n < 0) fail("splice (file to pipe)");
    if (n == 0) break;
    for (ssize_t out = 0; out < n;) {
      ssize_t m = splice(p[0], NULL, 4, NULL, (size_t)(n - out), 0);
      if (m <= 0) fail("splice (pipe to socket)");
      out += m;
    }
    left -= n;
  }
  window_end();

  close(p[0]);
  close(p[1]);
  close(4);
  close(3);
  return 0;
}
