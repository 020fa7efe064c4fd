/* Scenario sendfile, both loop forms of the simulator's program text:
 *   loop=size: for (left = F; left > 0; left -= n) n = sendfile(4, 3, NULL, left);
 *   loop=eof:  while ((n = sendfile(4, 3, NULL, F)) > 0) ;   (the last call meets EOF and returns 0) */
#include "common.h"
#include <sys/sendfile.h>

int main(int argc, char **argv) {
  int eof = loop_is_eof(argc, argv);
  open_file(argc, argv, O_RDONLY);
  off_t size = file_size(3);
  connect_sink(argc, argv);
  window_begin(size);
  for (off_t left = size; eof || left > 0;) {
    ssize_t n = sendfile(4, 3, NULL, (size_t)(eof ? size : left));
    if (n < 0) fail("sendfile");
    if (n == 0) break;
    left -= n;
  }
  window_end();

  close(4);
  close(3);
  return 0;
}
