/* Scenario msg-zerocopy (issue 17), the simulator's program text (src/sim/programs/uringPrograms.ts):
 *   setsockopt(4, SOL_SOCKET, SO_ZEROCOPY, &one, 4);
 *   for (off = 0; off < F; off += n) n = send(4, buf + off, min(B, F - off), MSG_ZEROCOPY);
 *   until every send is notified: poll(4, POLLERR, -1); recvmsg(4, &msg, MSG_ERRQUEUE);
 * The sink is on 127.0.0.1, so this is nic=loopback: the data is delivered locally, the kernel copies the
 * pinned pages then (skb_orphan_frags_rx) and the notification says SO_EE_CODE_ZEROCOPY_COPIED.
 * The data is already in memory before the window, as in vmsplice.c. The program prints the notifications it
 * read ("ZEROCOPY lo-hi code") on stderr after the window, for the capture's log. */
#include "common.h"
#include <linux/errqueue.h>
#include <poll.h>
#include <stdint.h>

#ifndef SO_ZEROCOPY
#define SO_ZEROCOPY 60
#endif
#ifndef MSG_ZEROCOPY
#define MSG_ZEROCOPY 0x4000000
#endif

struct notice {
  uint32_t lo, hi;
  uint8_t code;
};

int main(int argc, char **argv) {
  open_file(argc, argv, O_RDONLY);
  off_t size = file_size(3);
  long chunk = arg_long(argc, argv, "buf", 4096);
  char *buf;
  if (posix_memalign((void **)&buf, PAGE, (size_t)size + 1) != 0) die("posix_memalign");
  uint32_t x = 0x2545f491u; /* scripts/capture.ts: testBytes, xorshift32 */
  for (off_t i = 0; i < size; i++) {
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    buf[i] = (char)(x & 0xff);
  }
  connect_sink(argc, argv);
  long sends = (size + chunk - 1) / chunk;
  struct notice *seen = calloc((size_t)sends, sizeof *seen);
  int nseen = 0;
  int one = 1;

  window_begin(size);
  if (setsockopt(4, SOL_SOCKET, SO_ZEROCOPY, &one, sizeof one) < 0) fail("setsockopt");
  for (off_t off = 0; off < size;) {
    size_t len = (size_t)(size - off) < (size_t)chunk ? (size_t)(size - off) : (size_t)chunk;
    ssize_t n = send(4, buf + off, len, MSG_ZEROCOPY);
    if (n < 0) fail("send");
    off += n;
  }
  for (long done = 0; done < sends;) {
    struct pollfd pfd = {.fd = 4, .events = POLLERR};
    if (poll(&pfd, 1, -1) < 0) fail("poll");
    char control[128];
    struct msghdr msg = {.msg_control = control, .msg_controllen = sizeof control};
    if (recvmsg(4, &msg, MSG_ERRQUEUE) < 0) fail("recvmsg");
    for (struct cmsghdr *cm = CMSG_FIRSTHDR(&msg); cm; cm = CMSG_NXTHDR(&msg, cm)) {
      struct sock_extended_err *ee = (struct sock_extended_err *)CMSG_DATA(cm);
      if (ee->ee_origin != SO_EE_ORIGIN_ZEROCOPY) continue;
      done += ee->ee_data - ee->ee_info + 1;
      if (nseen < sends) seen[nseen++] = (struct notice){ee->ee_info, ee->ee_data, ee->ee_code};
    }
  }
  window_end();
  for (int i = 0; i < nseen; i++) fprintf(stderr, "ZEROCOPY %u-%u code=%u\n", seen[i].lo, seen[i].hi, seen[i].code);
  close(4);
  close(3);
  return 0;
}
