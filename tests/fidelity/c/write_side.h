/*
 * Helpers for the write-side capture programs (recv_write.c, file_copy.c): what a written file left in
 * memory, seen from outside the window.
 *
 * Residency comes from mincore() on a fresh read-only mapping (no fault brings a page in). Dirtiness
 * comes from the page flags: each resident page is touched through that mapping (a read fault that maps
 * the cached page and changes nothing), /proc/self/pagemap gives its frame and /proc/kpageflags that
 * frame's PG_dirty (KPF_DIRTY, bit 4) and PG_writeback (bit 8). Both need root; without it the counts are
 * -1 and the capture leaves them out.
 */
#ifndef FIDELITY_WRITE_SIDE_H
#define FIDELITY_WRITE_SIDE_H

#include "common.h"
#include <stdint.h>

struct written {
  long pages, resident, dirty, writeback;
};

static inline struct written written_state(const char *path) {
  struct written w = {0, 0, -1, -1};
  int fd = open(path, O_RDONLY);
  if (fd < 0) die("open (written_state)");
  off_t size = file_size(fd);
  w.pages = PAGES(size);
  if (size == 0) {
    close(fd);
    w.dirty = w.writeback = 0;
    return w;
  }
  volatile unsigned char *p = mmap(NULL, (size_t)size, PROT_READ, MAP_SHARED, fd, 0);
  if (p == MAP_FAILED) die("mmap (written_state)");
  unsigned char *vec = calloc((size_t)w.pages, 1);
  if (!vec || mincore((void *)p, (size_t)size, vec) < 0) die("mincore");
  int pm = open("/proc/self/pagemap", O_RDONLY);
  int kf = open("/proc/kpageflags", O_RDONLY);
  if (pm >= 0 && kf >= 0) w.dirty = w.writeback = 0;
  for (long i = 0; i < w.pages; i++) {
    if (!(vec[i] & 1)) continue;
    w.resident++;
    if (w.dirty < 0) continue;
    (void)p[i * PAGE]; /* maps the cached page: a minor fault, no I/O */
    uint64_t entry = 0, flags = 0;
    uintptr_t vpage = ((uintptr_t)p + (uintptr_t)(i * PAGE)) / PAGE;
    if (pread(pm, &entry, sizeof entry, (off_t)(vpage * 8)) != 8 || !(entry >> 63) ||
        pread(kf, &flags, sizeof flags, (off_t)((entry & ((1ULL << 55) - 1)) * 8)) != 8) {
      w.dirty = w.writeback = -1; /* frame numbers hidden: not root */
      continue;
    }
    w.dirty += (flags >> 4) & 1;
    w.writeback += (flags >> 8) & 1;
  }
  if (pm >= 0) close(pm);
  if (kf >= 0) close(kf);
  munmap((void *)p, (size_t)size);
  free(vec);
  close(fd);
  return w;
}

/* The window of a program that writes the file `out`, reading either the file on fd 3 (`src_size`
 * bytes) or a socket (src_size 0): getrusage just outside the markers, residency on both sides. */
static struct {
  struct faults before;
  const char *out;
  off_t src_size;
  long src_resident;
} ww;

static inline void write_window_begin(const char *out, off_t src_size) {
  ww.out = out;
  ww.src_size = src_size;
  ww.src_resident = src_size ? resident_pages(3, src_size) : 0;
  ww.before = faults_now();
  marker();
}

/* Ends the window and prints the one line scripts/capture.ts parses. */
static inline void write_window_end(void) {
  marker();
  struct faults after = faults_now();
  long src_after = ww.src_size ? resident_pages(3, ww.src_size) : 0;
  struct written w = written_state(ww.out);
  fprintf(stderr,
          "FIDELITY {\"minor\":%ld,\"major\":%ld,\"resident\":%ld,\"residentAfter\":%ld,\"pages\":%ld,"
          "\"written\":{\"pages\":%ld,\"cached\":%ld,\"dirty\":%ld,\"writeback\":%ld}}\n",
          after.minor - ww.before.minor, after.major - ww.before.major, ww.src_resident, src_after,
          PAGES(ww.src_size), w.pages, w.resident, w.dirty, w.writeback);
}

/* A data-path call failed: end the window first, so perror's write(2) stays outside it. */
static inline void write_fail(const char *what) {
  int err = errno;
  write_window_end();
  errno = err;
  perror(what);
  exit(1);
}

/* "none", "fsync", "osync", "direct": the open flags the sync mode adds to O_WRONLY|O_CREAT|O_TRUNC. */
static inline int sync_flags(const char *sync) {
  if (strcmp(sync, "osync") == 0) return O_SYNC;
  if (strcmp(sync, "direct") == 0) return O_DIRECT;
  return 0;
}

#endif
