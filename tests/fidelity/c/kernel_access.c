/* Scenario kernel-access: a ring-3 load from the x86-64 direct map (0xffff888000000000). */
#include "common.h"
#include <signal.h>

#define KERNEL_ADDR 0xffff888000000000ULL

static struct faults before;

/* Only with handler=1 (the un-traced run that measures faults): a killed process cannot call
 * getrusage(), so catch the signal once, report, and exit. */
static void on_segv(int sig, siginfo_t *si, void *ctx) {
  (void)sig;
  (void)ctx;
  struct faults after = faults_now();
  char line[200];
  int n = snprintf(line, sizeof line,
                   "FIDELITY {\"minor\":%ld,\"major\":%ld,\"siCode\":%d,\"siAddr\":\"%p\"}\n",
                   after.minor - before.minor, after.major - before.major, si->si_code, si->si_addr);
  write(2, line, (size_t)n);
  _exit(0);
}

int main(int argc, char **argv) {
  /* No core file: strace would then print "killed by SIGSEGV (core dumped)". */
  struct rlimit no_core = {0, 0};
  setrlimit(RLIMIT_CORE, &no_core);
  if (arg_long(argc, argv, "handler", 0)) {
    struct sigaction sa = {.sa_sigaction = on_segv, .sa_flags = SA_SIGINFO};
    sigaction(SIGSEGV, &sa, NULL);
  }

  before = faults_now();
  marker();
  volatile char c = *(volatile char *)KERNEL_ADDR;
  (void)c;
  marker(); /* never reached: the #PF (U/S violation) becomes SIGSEGV, whose default action kills */
  return 0;
}
