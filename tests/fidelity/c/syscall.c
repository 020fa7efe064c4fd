/* Scenario syscall: one getpid(). glibc >= 2.25 no longer caches the pid, so this enters the kernel. */
#include "common.h"

int main(void) {
  window_begin(0);
  getpid();
  window_end();
  return 0;
}
