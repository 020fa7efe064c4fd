/* Scenario sendfile: do { n = sendfile(4, 3, NULL, left); left -= n; } until done. */
#include "common.h"
#include <sys/sendfile.h>

int main(int argc, char **argv) {
  int eof = loop_is_eof(argc, argv);
  open_file(argc, argv, O_RDONLY);
  off_t size = file_size(3);
  connect_sink(argc, argv);
  long resident = resident_pages(3, size);

  struct faults before = faults_now();
  marker();
  /* loop=eof keeps the DESIGN loop as written: once left reaches 0 the extra call asks for 0 bytes. */
  off_t left = size;
  for (;;) {
    if (!eof && left == 0) break;
    ssize_t n = sendfile(4, 3, NULL, (size_t)left);
    if (n < 0) fail("sendfile");
    if (n == 0) break;
    left -= n;
  }
  marker();
  struct faults after = faults_now();

  close(4);
  close(3);
  report(before, after, resident, (size + PAGE - 1) / PAGE);
  return 0;
}
