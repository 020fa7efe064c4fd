/* Scenario read-write: do { n = read(3, buf, B); write(4, buf, n); } until done. */
#include "common.h"

int main(int argc, char **argv) {
  size_t chunk = (size_t)arg_long(argc, argv, "buf", 4096);
  open_file(argc, argv, O_RDONLY);
  off_t size = file_size(3); /* loop=size knows the length before the window, like a server */
  connect_sink(argc, argv);
  /* Page-aligned and pre-touched, as DESIGN's initial state says: otherwise the first read()
   * takes a kernel-mode fault in copy_to_user (reference section 3a). */
  char *buf = aligned_alloc(PAGE, (size_t)(PAGES(chunk) * PAGE));
  if (!buf) die("aligned_alloc");
  memset(buf, 0, chunk);
  window_begin(size);
  read_write_loop(buf, chunk, size, loop_is_eof(argc, argv));
  window_end();

  close(4);
  close(3);
  return 0;
}
