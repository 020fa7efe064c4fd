/* Scenario cow-fork: a buffer of `pages` resident pages; fork(); P1 writes page 1; P1 waitpid();
 * P2 writes page 0, then page 1; P2 exit(0). */
#include "common.h"
#include <sys/wait.h>

/* Lives in a MAP_SHARED mapping: fork() does not write-protect it, so the bookkeeping (and the
 * getrusage() results the kernel copies into it) cannot add CoW faults of its own to a delta. */
struct shared {
  volatile int child_started, parent_wrote;
  struct rusage ru[3][2]; /* [P1 page 1, P2 page 0, P2 page 1][before, after] */
  struct rusage child_end;
};

/* getrusage deltas around one store: the fault of that store and nothing else. */
static void write_page(volatile char *buf, int page, struct rusage ru[2]) {
  getrusage(RUSAGE_SELF, &ru[0]);
  buf[page * PAGE] = 2;
  getrusage(RUSAGE_SELF, &ru[1]);
}

static long delta(struct rusage ru[2], int major) {
  return major ? ru[1].ru_majflt - ru[0].ru_majflt : ru[1].ru_minflt - ru[0].ru_minflt;
}

int main(int argc, char **argv) {
  long pages = arg_long(argc, argv, "pages", 4);
  if (pages < 2) {
    fprintf(stderr, "pages must be >= 2\n");
    return 2;
  }
  volatile char *buf = mmap(NULL, (size_t)(pages * PAGE), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  struct shared *sh = mmap(NULL, sizeof *sh, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  if (buf == MAP_FAILED || sh == MAP_FAILED) die("mmap");
  memset((char *)buf, 1, (size_t)(pages * PAGE)); /* resident, private, writable: CoW candidates */
  memset(sh, 0, sizeof *sh);

  struct faults before = faults_now();
  marker();
  pid_t pid = fork();
  if (pid < 0) fail("fork");
  if (pid == 0) {
    /* Shared mappings are not copied at fork: touch ours before measuring anything. */
    sh->child_started = 1;
    /* Spin (no syscall, so nothing in the strace) until P1 has written page 1: the DESIGN order. */
    while (!sh->parent_wrote) {
    }
    write_page(buf, 0, sh->ru[1]);
    write_page(buf, 1, sh->ru[2]);
    getrusage(RUSAGE_SELF, &sh->child_end); /* a new task's counters start at 0 */
    _exit(0);
  }
  write_page(buf, 1, sh->ru[0]);
  sh->parent_wrote = 1;
  int status; /* a status pointer, as in DESIGN's waitpid(pid, &status, 0): strace decodes it */
  if (waitpid(pid, &status, 0) < 0) fail("waitpid");
  marker();
  struct faults after = faults_now();

  fprintf(stderr,
          "FIDELITY {\"minor\":%ld,\"major\":%ld,"
          "\"steps\":["
          "{\"process\":\"P1\",\"step\":\"write page 1\",\"minor\":%ld,\"major\":%ld},"
          "{\"process\":\"P2\",\"step\":\"write page 0\",\"minor\":%ld,\"major\":%ld},"
          "{\"process\":\"P2\",\"step\":\"write page 1\",\"minor\":%ld,\"major\":%ld}],"
          "\"processes\":{\"P1\":{\"minor\":%ld,\"major\":%ld},\"P2\":{\"minor\":%ld,\"major\":%ld}}}\n",
          after.minor - before.minor + sh->child_end.ru_minflt, after.major - before.major + sh->child_end.ru_majflt,
          delta(sh->ru[0], 0), delta(sh->ru[0], 1), delta(sh->ru[1], 0), delta(sh->ru[1], 1), delta(sh->ru[2], 0),
          delta(sh->ru[2], 1), after.minor - before.minor, after.major - before.major, sh->child_end.ru_minflt,
          sh->child_end.ru_majflt);
  return 0;
}
