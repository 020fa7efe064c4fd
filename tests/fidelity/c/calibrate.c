/* One timed run for `npm run calibrate` (scripts/calibrate.ts): send a file to a loopback receiver that
 * discards (recv with MSG_TRUNC: the bytes are dropped without a copy to user space) and report the
 * sender's elapsed and CPU time.
 *
 *   calibrate method=rw|mmap|sendfile|splice file=PATH cache=cold|warm [buf=4096]
 *   calibrate method=probe file=PATH          (one cold 4 KiB read: the disk's latency)
 *   calibrate method=diskbw file=PATH         (bytes per ns reading the file with O_DIRECT, 8 MiB at a time)
 *   calibrate method=syscall                  (ns per getppid() round trip, best of 20 × 100,000 calls)
 *   calibrate method=memcpy                   (ns per 4 KiB memcpy from a 64 MiB buffer to a 4 KiB one)
 *
 * Prints one JSON line on stdout. cache=warm reads the file once before the timed window; cache=cold drops
 * it from the page cache with posix_fadvise(POSIX_FADV_DONTNEED) and checks with mincore that it is gone.
 * The window ends when the receiver has read every byte (it closes its end after EOF), so the time includes
 * draining the send queue, as the simulator's elapsed time does. */
#include "common.h"
#include <sys/sendfile.h>
#include <sched.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>

static long long now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static long long tv_ns(struct timeval tv) { return (long long)tv.tv_sec * 1000000000LL + tv.tv_usec * 1000LL; }

/* The receiver: a child process that accepts one connection and discards everything. */
static pid_t start_receiver(struct sockaddr_in *sa) {
  int l = listen_loopback(sa);
  pid_t pid = fork();
  if (pid < 0) die("fork");
  if (pid == 0) {
    int c = accept(l, NULL, NULL);
    if (c < 0) die("receiver: accept");
    static char sink[1 << 20];
    for (;;) {
      ssize_t n = recv(c, sink, sizeof sink, MSG_TRUNC);
      if (n < 0) die("receiver: recv");
      if (n == 0) break;
    }
    close(c);
    _exit(0);
  }
  close(l);
  return pid;
}

static void warm(int fd, off_t size) {
  static char tmp[1 << 20];
  for (off_t off = 0; off < size;) {
    ssize_t n = pread(fd, tmp, sizeof tmp, off);
    if (n <= 0) die("warm: pread");
    off += n;
  }
}

/* fadvise drains only the calling CPU's LRU batches (lru_add_drain): pages just faulted in on another CPU
 * are not dropped. So it is called once on each CPU. */
static void drop(int fd, off_t size) {
  if (fdatasync(fd) < 0) die("fdatasync");
  cpu_set_t all, one;
  if (sched_getaffinity(0, sizeof all, &all) < 0) die("sched_getaffinity");
  for (int cpu = 0; cpu < CPU_SETSIZE; cpu++) {
    if (!CPU_ISSET(cpu, &all)) continue;
    CPU_ZERO(&one);
    CPU_SET(cpu, &one);
    if (sched_setaffinity(0, sizeof one, &one) < 0) die("sched_setaffinity");
    if (posix_fadvise(fd, 0, size, POSIX_FADV_DONTNEED) != 0) die("posix_fadvise");
  }
  if (sched_setaffinity(0, sizeof all, &all) < 0) die("sched_setaffinity");
}

static void send_rw(int s, off_t size, size_t chunk) {
  char *buf = aligned_alloc(PAGE, (size_t)(PAGES(chunk) * PAGE));
  if (!buf) die("aligned_alloc");
  memset(buf, 0, chunk);
  (void)s;
  read_write_loop(buf, chunk, size, 0);
  free(buf);
}

static void send_mmap(int s, off_t size) {
  char *p = mmap(NULL, (size_t)size, PROT_READ, MAP_SHARED, 3, 0);
  if (p == MAP_FAILED) die("mmap");
  write_all(s, p, (size_t)size);
  munmap(p, (size_t)size);
}

static void send_sendfile(int s, off_t size) {
  for (off_t left = size; left > 0;) {
    ssize_t n = sendfile(s, 3, NULL, (size_t)left);
    if (n <= 0) die("sendfile");
    left -= n;
  }
}

static void send_splice(int s, off_t size) {
  int p[2];
  if (pipe2(p, 0) < 0) die("pipe2");
  for (off_t left = size; left > 0;) {
    ssize_t n = splice(3, NULL, p[1], NULL, (size_t)(left > 65536 ? 65536 : left), 0);
    if (n <= 0) die("splice (file to pipe)");
    for (ssize_t out = 0; out < n;) {
      ssize_t m = splice(p[0], NULL, s, NULL, (size_t)(n - out), 0);
      if (m <= 0) die("splice (pipe to socket)");
      out += m;
    }
    left -= n;
  }
  close(p[0]);
  close(p[1]);
}

static int probe(off_t size) {
  static char buf[4096] __attribute__((aligned(4096)));
  drop(3, size);
  long long t0 = now_ns();
  if (pread(3, buf, sizeof buf, size / 2 / 4096 * 4096) != (ssize_t)sizeof buf) die("probe: pread");
  printf("{\"method\":\"probe\",\"size\":4096,\"elapsedNs\":%lld}\n", now_ns() - t0);
  return 0;
}

/* The machine's own numbers, without the network: one system call, one 4 KiB copy. */
static int micro(const char *method) {
  long long best = -1;
  if (strcmp(method, "syscall") == 0) {
    for (int round = 0; round < 20; round++) {
      long long t0 = now_ns();
      for (int i = 0; i < 100000; i++) syscall(SYS_getppid);
      long long t = now_ns() - t0;
      if (best < 0 || t < best) best = t;
    }
    printf("{\"method\":\"syscall\",\"ns\":%.2f}\n", best / 100000.0);
    return 0;
  }
  size_t big = 64L << 20;
  char *src = malloc(big), *dst = aligned_alloc(PAGE, PAGE);
  if (!src || !dst) die("malloc");
  memset(src, 1, big);
  for (int round = 0; round < 10; round++) {
    long long t0 = now_ns();
    for (size_t off = 0; off < big; off += PAGE) {
      memcpy(dst, src + off, PAGE);
      __asm__ volatile("" : : "r"(dst) : "memory");
    }
    long long t = now_ns() - t0;
    if (best < 0 || t < best) best = t;
  }
  printf("{\"method\":\"memcpy\",\"ns\":%.2f}\n", best / (double)(big / PAGE));
  return 0;
}

/* The disk streaming on its own: O_DIRECT reads of 8 MiB, no page cache, no readahead. */
static int diskbw(const char *path, off_t size) {
  size_t chunk = 8L << 20;
  char *buf = aligned_alloc(PAGE, chunk);
  int fd = open(path, O_RDONLY | O_DIRECT);
  if (!buf || fd < 0) die("diskbw: open");
  long long t0 = now_ns();
  for (off_t off = 0; off < size;) {
    ssize_t n = pread(fd, buf, chunk, off);
    if (n <= 0) die("diskbw: pread");
    off += n;
  }
  printf("{\"method\":\"diskbw\",\"bytesPerNs\":%.4f}\n", (double)size / (double)(now_ns() - t0));
  close(fd);
  free(buf);
  return 0;
}

int main(int argc, char **argv) {
  const char *method = arg(argc, argv, "method", "rw");
  if (strcmp(method, "syscall") == 0 || strcmp(method, "memcpy") == 0) return micro(method);
  const char *cache = arg(argc, argv, "cache", "warm");
  size_t chunk = (size_t)arg_long(argc, argv, "buf", 4096);
  open_file(argc, argv, O_RDONLY);
  off_t size = file_size(3);
  if (strcmp(method, "probe") == 0) return probe(size);
  if (strcmp(method, "diskbw") == 0) return diskbw(arg(argc, argv, "file", ""), size);

  struct sockaddr_in sa;
  pid_t receiver = start_receiver(&sa);
  int s = socket(AF_INET, SOCK_STREAM, 0);
  expect_fd(s, 4, "socket");
  if (connect(s, (struct sockaddr *)&sa, sizeof sa) < 0) die("connect");

  int cold = strcmp(cache, "cold") == 0;
  long resident = 0;
  /* Pages still under writeback or held by a previous run are not always dropped at once: try again, and
   * accept a cold run with at most 1 % of the file still cached (reported as "resident"). */
  for (int tries = 0; tries < 40; tries++) {
    if (cold) drop(3, size);
    else warm(3, size);
    resident = resident_pages(3, size);
    if (cold ? resident == 0 : resident == PAGES(size)) break;
    usleep(100000);
  }
  if (cold ? resident > PAGES(size) / 100 : resident != PAGES(size)) {
    fprintf(stderr, "cache=%s but %ld of %ld pages resident\n", cache, resident, PAGES(size));
    return 3;
  }

  struct rusage r0, r1;
  getrusage(RUSAGE_SELF, &r0);
  long long t0 = now_ns();
  if (strcmp(method, "rw") == 0) send_rw(s, size, chunk);
  else if (strcmp(method, "mmap") == 0) send_mmap(s, size);
  else if (strcmp(method, "sendfile") == 0) send_sendfile(s, size);
  else if (strcmp(method, "splice") == 0) send_splice(s, size);
  else {
    fprintf(stderr, "unknown method=%s\n", method);
    return 2;
  }
  long long last_call = now_ns() - t0;
  shutdown(s, SHUT_WR);
  char c;
  if (recv(s, &c, 1, 0) != 0) die("wait for the receiver");
  long long elapsed = now_ns() - t0;
  getrusage(RUSAGE_SELF, &r1);
  int status;
  waitpid(receiver, &status, 0);
  printf("{\"method\":\"%s\",\"cache\":\"%s\",\"size\":%lld,\"buf\":%zu,\"elapsedNs\":%lld,\"lastCallNs\":%lld,"
         "\"userNs\":%lld,\"sysNs\":%lld,\"resident\":%ld}\n",
         method, cache, (long long)size, chunk, elapsed, last_call, tv_ns(r1.ru_utime) - tv_ns(r0.ru_utime),
         tv_ns(r1.ru_stime) - tv_ns(r0.ru_stime), resident);
  return 0;
}
