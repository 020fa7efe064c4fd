/* The receiving end: accept one TCP connection on 127.0.0.1, read until EOF, discard.
 * Prints "port=N" once listening, then "bytes=N fnv=HEX" so the capture can check integrity. */
#include "common.h"

int main(void) {
  struct sockaddr_in sa;
  int l = listen_loopback(&sa);
  printf("port=%d\n", ntohs(sa.sin_port));
  fflush(stdout);

  int c = accept(l, NULL, NULL);
  if (c < 0) die("sink: accept");
  static unsigned char buf[1 << 16];
  unsigned long long total = 0, fnv = 0xcbf29ce484222325ULL; /* FNV-1a 64 */
  for (;;) {
    ssize_t n = read(c, buf, sizeof buf);
    if (n < 0) die("sink: read");
    if (n == 0) break;
    for (ssize_t i = 0; i < n; i++) fnv = (fnv ^ buf[i]) * 0x100000001b3ULL;
    total += (unsigned long long)n;
  }
  printf("bytes=%llu fnv=%016llx\n", total, fnv);
  return 0;
}
