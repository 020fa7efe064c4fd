/* Scenario direct-io: fd 3 opened with O_DIRECT; the read-write loop into an aligned buffer,
 * or into buffer + bufoff to show the alignment rule (bufoff=1 -> the first read fails EINVAL). */
#include "common.h"

int main(int argc, char **argv) {
  size_t chunk = (size_t)arg_long(argc, argv, "buf", 4096);
  long bufoff = arg_long(argc, argv, "bufoff", 0);
  open_file(argc, argv, O_RDONLY | O_DIRECT);
  off_t size = file_size(3);
  connect_sink(argc, argv);
  char *mem;
  /* One spare page so buf + bufoff still has room for a whole chunk. */
  if (posix_memalign((void **)&mem, PAGE, chunk + PAGE)) die("posix_memalign");
  memset(mem, 0, chunk + PAGE);
  char *buf = mem + bufoff;
  window_begin(size);
  read_write_loop(buf, chunk, size, loop_is_eof(argc, argv));
  window_end();

  close(4);
  close(3);
  return 0;
}
