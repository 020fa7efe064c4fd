/* Scenario syscall: one getpid(). glibc >= 2.25 no longer caches the pid, so this enters the kernel. */
#include "common.h"

int main(void) {
  struct faults before = faults_now();
  marker();
  getpid();
  marker();
  struct faults after = faults_now();
  report(before, after, 0, 0);
  return 0;
}
