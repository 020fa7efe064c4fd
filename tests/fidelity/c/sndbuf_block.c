/* Rule 10 seen from outside: a warm read()+write() sender to a receiver slower than the sender sleeps in
 * sk_stream_wait_memory once its send buffer is full, and each sleep is a voluntary context switch
 * (getrusage ru_nvcsw). Usage: sndbuf_block file=PATH size=BYTES buf=BYTES slow=0|1
 * Forks a receiver on 127.0.0.1 (slow=1: it reads 16 KiB, then sleeps 200 µs), sends the (warmed) file in
 * buf-sized chunks, and prints one JSON line: {"bytes","writes","nvcsw","nivcsw","ns"} of the sender's loop
 * (ns: its wall-clock time, which a slow receiver sets). */
#include <netinet/tcp.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <time.h>

#include "common.h"

static void receive(int l, int slow) {
  /* Its own name, so a stack capture can tell the receiver's events from the sender's. */
  prctl(PR_SET_NAME, "dpl_receiver");
  int c = accept(l, NULL, NULL);
  if (c < 0) die("accept");
  static char buf[16384];
  const struct timespec pause = {.tv_sec = 0, .tv_nsec = 200000};
  for (;;) {
    ssize_t n = read(c, buf, sizeof buf);
    if (n < 0) die("receiver read");
    if (n == 0) break;
    if (slow) nanosleep(&pause, NULL);
  }
  exit(0);
}

int main(int argc, char **argv) {
  const char *path = arg(argc, argv, "file", NULL);
  long size = arg_long(argc, argv, "size", 64L << 20);
  size_t chunk = (size_t)arg_long(argc, argv, "buf", 4096);
  int slow = (int)arg_long(argc, argv, "slow", 1);
  if (!path) die("file=PATH missing");

  struct sockaddr_in sa;
  int l = listen_loopback(&sa);
  pid_t child = fork();
  if (child < 0) die("fork");
  if (child == 0) receive(l, slow);
  close(l);

  int fd = open(path, O_RDONLY);
  if (fd < 0) die("open");
  char *buf = aligned_alloc(PAGE, (size_t)(PAGES(chunk) * PAGE));
  if (!buf) die("aligned_alloc");
  /* Warm the page cache: the sender must be faster than the receiver, not wait for the disk. */
  while (read(fd, buf, chunk) > 0) {
  }
  if (lseek(fd, 0, SEEK_SET) != 0) die("lseek");
  int s = socket(AF_INET, SOCK_STREAM, 0);
  if (s < 0 || connect(s, (struct sockaddr *)&sa, sizeof sa) < 0) die("connect");

  struct rusage before, after;
  struct timespec t0, t1;
  marker(); /* the window for scripts/captureStacks.ts */
  getrusage(RUSAGE_SELF, &before);
  clock_gettime(CLOCK_MONOTONIC, &t0);
  long sent = 0, writes = 0;
  while (sent < size) {
    ssize_t n = read(fd, buf, chunk);
    if (n <= 0) die("read");
    for (ssize_t off = 0; off < n;) {
      ssize_t w = write(s, buf + off, (size_t)(n - off));
      if (w < 0) die("write");
      off += w;
      writes++;
    }
    sent += n;
  }
  clock_gettime(CLOCK_MONOTONIC, &t1);
  getrusage(RUSAGE_SELF, &after);
  marker();
  close(s);
  waitpid(child, NULL, 0);
  long ns = (t1.tv_sec - t0.tv_sec) * 1000000000L + (t1.tv_nsec - t0.tv_nsec);
  printf("{\"bytes\":%ld,\"writes\":%ld,\"nvcsw\":%ld,\"nivcsw\":%ld,\"ns\":%ld}\n", sent, writes,
         after.ru_nvcsw - before.ru_nvcsw, after.ru_nivcsw - before.ru_nivcsw, ns);
  return 0;
}
