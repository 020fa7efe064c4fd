/* Scenario mmap-write: p = mmap(NULL, F, PROT_READ, MAP_SHARED, 3, 0); write(4, p, F); munmap(p, F). */
#include "common.h"

#define FAULT_AROUND (16 * PAGE) /* mm/memory.c: fault_around_bytes default, 64 KiB */

/* The simulator maps at a fault-around-aligned address (DESIGN 5.6), so one fault per 64 KiB window.
 * A NULL hint gives whatever the top-down allocator finds (the reference saw 17 faults for 1 MiB),
 * so find a free aligned range now and pass it as a plain hint (no MAP_FIXED) inside the window. */
static void *aligned_hint(size_t len) {
  size_t span = len + FAULT_AROUND;
  char *r = mmap(NULL, span, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (r == MAP_FAILED) die("mmap (reserve)");
  char *hint = (char *)(((unsigned long)r + FAULT_AROUND - 1) & ~(unsigned long)(FAULT_AROUND - 1));
  munmap(r, span);
  return hint;
}

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
