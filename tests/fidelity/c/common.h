/*
 * Shared helpers for the fidelity capture programs (tests/fidelity/c).
 *
 * Every program follows the same protocol, which scripts/capture.ts relies on:
 *   - arguments are key=value pairs (file=PATH port=N loop=size|eof buf=N ...);
 *   - fd 3 is the file and fd 4 the TCP socket, as in DESIGN section 4 (checked, not assumed);
 *   - the data-path window is enclosed by two marker() calls, so the capture can cut exactly the
 *     syscalls of the DESIGN program out of the strace of the whole process;
 *   - page faults are getrusage() deltas taken just outside the markers and reported on stderr as
 *     one line "FIDELITY {json}" after the window (strace is run with trace=!getrusage).
 */
#ifndef FIDELITY_COMMON_H
#define FIDELITY_COMMON_H

#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#define PAGE 4096L
#define PAGES(bytes) (((long)(bytes) + PAGE - 1) / PAGE)

/* close(-1) never occurs in a DESIGN program and strace prints it verbatim:
 * "close(-1) = -1 EBADF (Bad file descriptor)". */
static inline void marker(void) { close(-1); }

static inline const char *arg(int argc, char **argv, const char *key, const char *def) {
  size_t len = strlen(key);
  for (int i = 1; i < argc; i++)
    if (strncmp(argv[i], key, len) == 0 && argv[i][len] == '=') return argv[i] + len + 1;
  return def;
}

static inline long arg_long(int argc, char **argv, const char *key, long def) {
  const char *v = arg(argc, argv, key, NULL);
  return v ? strtol(v, NULL, 0) : def;
}

/* Setup errors exit 2, so the capture can tell them from a failing data-path call (exit 1). */
static inline void die(const char *what) {
  perror(what);
  exit(2);
}

static inline void expect_fd(int fd, int want, const char *what) {
  if (fd < 0) die(what);
  if (fd != want) {
    fprintf(stderr, "%s: got fd %d, the DESIGN programs need fd %d\n", what, fd, want);
    exit(2);
  }
}

static inline int open_file(int argc, char **argv, int flags) {
  const char *path = arg(argc, argv, "file", NULL);
  if (!path) {
    fprintf(stderr, "missing file=PATH\n");
    exit(2);
  }
  int fd = open(path, flags);
  expect_fd(fd, 3, "open");
  return fd;
}

static inline off_t file_size(int fd) {
  struct stat st;
  if (fstat(fd, &st) < 0) die("fstat");
  return st.st_size;
}

/* The sink (sink.c) listens on 127.0.0.1:port; loopback has NETIF_F_SG, as in the reference. */
/* A TCP socket listening on 127.0.0.1 at a port the kernel picks; `sa` gets the address to connect to. */
static inline int listen_loopback(struct sockaddr_in *sa) {
  int l = socket(AF_INET, SOCK_STREAM, 0);
  *sa = (struct sockaddr_in){.sin_family = AF_INET, .sin_port = 0};
  sa->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof *sa;
  if (l < 0 || bind(l, (struct sockaddr *)sa, sizeof *sa) < 0 || listen(l, 1) < 0 ||
      getsockname(l, (struct sockaddr *)sa, &len) < 0)
    die("listen");
  return l;
}

static inline int connect_sink(int argc, char **argv) {
  int s = socket(AF_INET, SOCK_STREAM, 0);
  expect_fd(s, 4, "socket");
  struct sockaddr_in sa = {.sin_family = AF_INET, .sin_port = htons((unsigned short)arg_long(argc, argv, "port", 0))};
  sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (connect(s, (struct sockaddr *)&sa, sizeof sa) < 0) die("connect");
  return s;
}

/* Page-cache residency just before the window: proves the run was really cold or warm. mincore()
 * on a fresh mapping reads the page cache without faulting anything in. */
static inline long resident_pages(int fd, off_t size) {
  long pages = PAGES(size), n = 0;
  void *p = mmap(NULL, (size_t)size, PROT_READ, MAP_SHARED, fd, 0);
  if (p == MAP_FAILED) die("mmap (mincore)");
  unsigned char *vec = calloc((size_t)pages, 1);
  if (!vec || mincore(p, (size_t)size, vec) < 0) die("mincore");
  for (long i = 0; i < pages; i++) n += vec[i] & 1;
  munmap(p, (size_t)size);
  free(vec);
  return n;
}

struct faults {
  long minor, major;
};

static inline struct faults faults_of(const struct rusage *ru) { return (struct faults){ru->ru_minflt, ru->ru_majflt}; }

static inline struct faults faults_now(void) {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return faults_of(&ru);
}

/* The window: getrusage just outside the markers, so the deltas hold the window's faults only, and
 * the page-cache residency of the file on fd 3 (if any) on both sides of it. */
static struct {
  struct faults before;
  off_t size;
  long resident;
} window;

/* size: of the file on fd 3, or 0 when the scenario has no file. */
static inline void window_begin(off_t size) {
  window.size = size;
  window.resident = size ? resident_pages(3, size) : 0;
  window.before = faults_now();
  marker();
}

/* Ends the window and prints the one line scripts/capture.ts parses. */
static inline void window_end(void) {
  marker();
  struct faults after = faults_now();
  long resident_after = window.size ? resident_pages(3, window.size) : 0;
  fprintf(stderr, "FIDELITY {\"minor\":%ld,\"major\":%ld,\"resident\":%ld,\"residentAfter\":%ld,\"pages\":%ld}\n",
          after.minor - window.before.minor, after.major - window.before.major, window.resident, resident_after,
          PAGES(window.size));
}

/* A data-path call failed: end the window first, so perror's write(2) stays outside it. */
static inline void fail(const char *what) {
  int err = errno;
  window_end();
  errno = err;
  perror(what);
  exit(1);
}

/* write() to a blocking TCP socket may still return short (e.g. on a signal): loop like real code. */
static inline void write_all(int fd, const char *p, size_t n) {
  while (n > 0) {
    ssize_t w = write(fd, p, n);
    if (w < 0) fail("write");
    p += w;
    n -= (size_t)w;
  }
}

/* The read-write loop of DESIGN section 4, shared by read_write.c and direct_io.c.
 * loop=size stops once `size` bytes were sent; loop=eof also makes the read that returns 0. */
static inline void read_write_loop(char *buf, size_t chunk, off_t size, int eof) {
  off_t left = size;
  for (;;) {
    if (!eof && left == 0) break;
    ssize_t n = read(3, buf, chunk);
    if (n < 0) fail("read");
    if (n == 0) break;
    write_all(4, buf, (size_t)n);
    left -= n;
  }
}

#define FAULT_AROUND (16 * PAGE) /* mm/memory.c: fault_around_bytes default, 64 KiB */

/* The simulator maps at a fault-around-aligned address (DESIGN 5.6), so one fault per 64 KiB window.
 * A NULL hint gives whatever the top-down allocator finds (the reference saw 17 faults for 1 MiB),
 * so find a free aligned range now and pass it as a plain hint (no MAP_FIXED) inside the window. */
static inline void *aligned_hint(size_t len) {
  size_t span = len + FAULT_AROUND;
  char *r = mmap(NULL, span, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (r == MAP_FAILED) die("mmap (reserve)");
  char *hint = (char *)(((unsigned long)r + FAULT_AROUND - 1) & ~(unsigned long)(FAULT_AROUND - 1));
  munmap(r, span);
  return hint;
}

static inline int loop_is_eof(int argc, char **argv) { return strcmp(arg(argc, argv, "loop", "size"), "eof") == 0; }

#endif
