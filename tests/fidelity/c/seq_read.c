/* ra=linux's capture (issue 17): a cold sequential read of the whole file in buf=N chunks, nothing else —
 * scripts/captureReadahead.ts records the readahead windows and disk requests it makes. */
#include "common.h"

int main(int argc, char **argv) {
  open_file(argc, argv, O_RDONLY);
  size_t chunk = (size_t)arg_long(argc, argv, "buf", 4096);
  char *buf = malloc(chunk);
  if (!buf) die("malloc");
  off_t size = file_size(3);
  window_begin(size);
  for (;;) {
    ssize_t n = read(3, buf, chunk);
    if (n < 0) fail("read");
    if (n == 0) break;
  }
  window_end();
  close(3);
  return 0;
}
