/* Scenario file-copy: copy fd 3 (the source) to fd 4 (out=PATH, O_WRONLY|O_CREAT|O_TRUNC) with
 * method=rw (read + write in buf chunks), mmap (map the source at a 64 KiB-aligned hint, as
 * mmap_write.c does, and write from the mapping), sendfile (a file
 * as out_fd) or splice (through a pipe, 64 KiB at a time); then fsync(4) with sync=fsync; sync=osync and
 * sync=direct add O_SYNC / O_DIRECT to the copy's open flags. */
#include "write_side.h"
#include <sys/sendfile.h>

int main(int argc, char **argv) {
  size_t chunk = (size_t)arg_long(argc, argv, "buf", 4096);
  const char *method = arg(argc, argv, "method", "rw");
  const char *sync = arg(argc, argv, "sync", "none");
  const char *out = arg(argc, argv, "out", NULL);
  if (!out) die("missing out=PATH");
  open_file(argc, argv, O_RDONLY);
  off_t size = file_size(3);
  int o = open(out, O_WRONLY | O_CREAT | O_TRUNC | sync_flags(sync), 0644);
  expect_fd(o, 4, "open out");
  char *buf = aligned_alloc(PAGE, (size_t)(PAGES(chunk) * PAGE));
  if (!buf) die("aligned_alloc");
  memset(buf, 0, chunk);

  void *hint = aligned_hint((size_t)size);
  write_window_begin(out, size);
  ssize_t n;
  if (strcmp(method, "rw") == 0) {
    for (off_t done = 0; done < size; done += n) {
      n = read(3, buf, chunk);
      if (n <= 0) write_fail("read");
      if (write(4, buf, (size_t)n) < 0) write_fail("write");
    }
  } else if (strcmp(method, "mmap") == 0) {
    char *p = mmap(hint, (size_t)size, PROT_READ, MAP_SHARED, 3, 0);
    if (p == MAP_FAILED) write_fail("mmap");
    if (p != hint) {
      write_window_end();
      fprintf(stderr, "mmap ignored the aligned hint %p (got %p)\n", hint, (void *)p);
      return 3;
    }
    for (off_t off = 0; off < size; off += n) {
      n = write(4, p + off, (size_t)(size - off));
      if (n < 0) write_fail("write");
    }
    munmap(p, (size_t)size);
  } else if (strcmp(method, "sendfile") == 0) {
    for (off_t left = size; left > 0; left -= n) {
      n = sendfile(4, 3, NULL, (size_t)left);
      if (n <= 0) write_fail("sendfile");
    }
  } else if (strcmp(method, "splice") == 0) {
    int p[2];
    if (pipe2(p, 0) < 0) write_fail("pipe2");
    for (off_t left = size; left > 0; left -= n) {
      n = splice(3, NULL, p[1], NULL, (size_t)(left < 65536 ? left : 65536), 0);
      if (n <= 0) write_fail("splice");
      if (splice(p[0], NULL, 4, NULL, (size_t)n, 0) < 0) write_fail("splice");
    }
  } else {
    die("method must be rw, mmap, sendfile or splice");
  }
  if (strcmp(sync, "fsync") == 0 && fsync(4) < 0) write_fail("fsync");
  write_window_end();

  close(4);
  close(3);
  return 0;
}
