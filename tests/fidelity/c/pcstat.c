/* Page-cache state of a file: "pcstat cold FILE" evicts it, "pcstat warm FILE" reads it in.
 * drop_caches is not writable in this sandbox, so eviction is posix_fadvise(DONTNEED), checked
 * with mincore(). Prints "resident/pages"; exits 1 if the wanted state was not reached. */
#include "common.h"
#include <time.h>

int main(int argc, char **argv) {
  if (argc != 3 || (strcmp(argv[1], "cold") && strcmp(argv[1], "warm"))) {
    fprintf(stderr, "usage: pcstat cold|warm FILE\n");
    return 2;
  }
  int cold = strcmp(argv[1], "cold") == 0;
  int fd = open(argv[2], O_RDONLY);
  if (fd < 0) die(argv[2]);
  off_t size = file_size(fd);
  long pages = (size + PAGE - 1) / PAGE, resident = -1;
  static char buf[1 << 16];
  /* Pages still referenced by skbs in flight (sendfile/splice) or being written back cannot be
   * dropped at once (reference section 9.7): retry for up to ~5 s. */
  for (int attempt = 0; attempt < 250; attempt++) {
    if (cold) {
      fdatasync(fd);
      posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
    } else {
      lseek(fd, 0, SEEK_SET);
      while (read(fd, buf, sizeof buf) > 0) {
      }
    }
    resident = resident_pages(fd, size);
    if (resident == (cold ? 0 : pages)) break;
    nanosleep(&(struct timespec){0, 20 * 1000 * 1000}, NULL);
  }
  printf("%ld/%ld\n", resident, pages);
  return resident == (cold ? 0 : pages) ? 0 : 1;
}
