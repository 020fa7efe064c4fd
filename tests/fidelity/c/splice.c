/* Scenario splice: pipe2(p, 0); do { n = splice(3, p[1], min(left, 65536)); splice(p[0], 4, n); } until done. */
#include "common.h"

#define CHUNK 65536L /* 16 pipe buffers of one page: the default pipe capacity */

int main(int argc, char **argv) {
  int eof = loop_is_eof(argc, argv);
  open_file(argc, argv, O_RDONLY);
  off_t size = file_size(3);
  connect_sink(argc, argv);
  long resident = resident_pages(3, size);

  struct faults before = faults_now();
  marker();
  int p[2];
  if (pipe2(p, 0) < 0) fail("pipe2");
  /* flags 0, not SPLICE_F_MORE: with MORE the reference saw TCP cork every chunk until close(). */
  off_t left = size;
  for (;;) {
    if (!eof && left == 0) break;
    ssize_t n = splice(3, NULL, p[1], NULL, (size_t)(left < CHUNK ? left : CHUNK), 0);
    if (n < 0) fail("splice (file to pipe)");
    if (n == 0) break;
    for (ssize_t out = 0; out < n;) {
      ssize_t m = splice(p[0], NULL, 4, NULL, (size_t)(n - out), 0);
      if (m <= 0) fail("splice (pipe to socket)");
      out += m;
    }
    left -= n;
  }
  marker();
  struct faults after = faults_now();

  close(p[0]);
  close(p[1]);
  close(4);
  close(3);
  report(before, after, resident, (size + PAGE - 1) / PAGE);
  return 0;
}
