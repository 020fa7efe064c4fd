/* Scenario copy-file-range (issue 17), the simulator's program text:
 *   for (left = F; left > 0; left -= n) n = copy_file_range(3, NULL, 4, NULL, left, 0);
 * fd 3 is the source, fd 4 the copy (out=PATH, created empty on the same file system). */
#include "common.h"

int main(int argc, char **argv) {
  open_file(argc, argv, O_RDONLY);
  off_t size = file_size(3);
  int out = open(arg(argc, argv, "out", "data/copy.bin"), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  expect_fd(out, 4, "open out");
  window_begin(size);
  for (off_t left = size; left > 0;) {
    ssize_t n = copy_file_range(3, NULL, 4, NULL, (size_t)left, 0);
    if (n < 0) fail("copy_file_range");
    if (n == 0) break;
    left -= n;
  }
  window_end();
  close(4);
  close(3);
  return 0;
}
