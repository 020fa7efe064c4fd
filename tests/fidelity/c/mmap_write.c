/* Scenario mmap-write: p = mmap(NULL, F, PROT_READ, MAP_SHARED, 3, 0); write(4, p, F); munmap(p, F). */
#include "common.h"

int main(int argc, char **argv) {
  open_file(argc, argv, O_RDONLY);
  size_t size = (size_t)file_size(3);
  connect_sink(argc, argv);
  void *hint = aligned_hint(size);
  window_begin((off_t)size);
  char *p = mmap(hint, size, PROT_READ, MAP_SHARED, 3, 0);
  if (p == MAP_FAILED) fail("mmap");
  if (p != hint) {
    window_end();
    fprintf(stderr, "mmap ignored the aligned hint %p (got %p)\n", hint, (void *)p);
    return 3;
  }
  write_all(4, p, size);
  munmap(p, size);
  window_end();

  close(4);
  close(3);
  return 0;
}
