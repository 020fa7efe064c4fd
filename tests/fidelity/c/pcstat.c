/* Page-cache state of a file: "pcstat cold FILE" evicts it, "pcstat warm FILE" reads it in.
 * drop_caches is not writable in this sandbox, so eviction is posix_fadvise(DONTNEED), checked
 * with mincore(). Prints "resident/pages"; exits 1 if the wanted state was not reached. */
#include "common.h"
#include <sched.h>
#include <time.h>

/* TCP's recvmsg frees skbs with skb_attempt_defer_free(): they wait on a list of the CPU that
 * allocated them until that CPU next runs NET_RX, and their frags keep the page-cache pages that
 * sendfile/splice sent referenced, so fadvise cannot drop them (for minutes on an idle machine).
 * A datagram to ourselves over lo runs NET_RX on the current CPU: send one from every CPU. */
static void flush_deferred_skbs(void) {
  cpu_set_t all;
  if (sched_getaffinity(0, sizeof all, &all) < 0) return;
  int s = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in sa = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
  socklen_t len = sizeof sa;
  if (s < 0 || bind(s, (struct sockaddr *)&sa, len) < 0 || getsockname(s, (struct sockaddr *)&sa, &len) < 0) return;
  for (int cpu = 0; cpu < CPU_SETSIZE; cpu++) {
    if (!CPU_ISSET(cpu, &all)) continue;
    cpu_set_t one;
    CPU_ZERO(&one);
    CPU_SET(cpu, &one);
    char c = 0;
    if (sched_setaffinity(0, sizeof one, &one) == 0 && sendto(s, &c, 1, 0, (struct sockaddr *)&sa, len) == 1)
      recv(s, &c, 1, 0);
  }
  sched_setaffinity(0, sizeof all, &all);
  close(s);
}

int main(int argc, char **argv) {
  if (argc != 3 || (strcmp(argv[1], "cold") && strcmp(argv[1], "warm"))) {
    fprintf(stderr, "usage: pcstat cold|warm FILE\n");
    return 2;
  }
  int cold = strcmp(argv[1], "cold") == 0;
  int fd = open(argv[2], O_RDONLY);
  if (fd < 0) die(argv[2]);
  off_t size = file_size(fd);
  long pages = PAGES(size), resident = -1;
  static char buf[1 << 16];
  /* Pages still referenced by skbs (sendfile/splice) or being written back cannot be dropped at
   * once (reference section 9.7): retry for up to ~5 s. */
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
    if (cold) flush_deferred_skbs();
    nanosleep(&(struct timespec){0, 20 * 1000 * 1000}, NULL);
  }
  printf("%ld/%ld\n", resident, pages);
  return resident == (cold ? 0 : pages) ? 0 : 1;
}
