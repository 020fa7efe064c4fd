/* The sending peer of recv_write.c: listen on 127.0.0.1, accept one connection, send file=PATH, close.
 * Prints "port=N" once listening, then "sent=N". */
#include "common.h"

int main(int argc, char **argv) {
  const char *path = arg(argc, argv, "file", NULL);
  if (!path) die("source: missing file=PATH");
  int f = open(path, O_RDONLY);
  if (f < 0) die("source: open");
  struct sockaddr_in sa;
  int l = listen_loopback(&sa);
  printf("port=%d\n", ntohs(sa.sin_port));
  fflush(stdout);
  int c = accept(l, NULL, NULL);
  if (c < 0) die("source: accept");
  static char buf[1 << 16];
  long sent = 0;
  for (;;) {
    ssize_t n = read(f, buf, sizeof buf);
    if (n < 0) die("source: read");
    if (n == 0) break;
    for (ssize_t off = 0; off < n;) {
      ssize_t w = write(c, buf + off, (size_t)(n - off));
      if (w < 0) die("source: write");
      off += w;
    }
    sent += n;
  }
  close(c);
  printf("sent=%ld\n", sent);
  return 0;
}
