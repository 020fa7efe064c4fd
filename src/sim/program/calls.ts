import { ERRNO_BY_NAME } from '../errno';

/** Every function a program may call: its arguments and its man-page signature (for errors and completion). */
export interface CallSpec {
  readonly args: readonly string[];
  readonly signature: string;
  /** A system call the model runs (false: a library helper that makes no system call). */
  readonly syscall: boolean;
  /** Must be a statement of its own (`pid = fork();`): the interpreter suspends or ends the process there. */
  readonly statement?: boolean;
}

export const CALLS: { readonly [name: string]: CallSpec } = {
  read: {
    args: ['fd', 'buf', 'count'],
    signature: 'ssize_t read(int fd, void *buf, size_t count);',
    syscall: true,
  },
  write: {
    args: ['fd', 'buf', 'count'],
    signature: 'ssize_t write(int fd, const void *buf, size_t count);',
    syscall: true,
  },
  sendfile: {
    args: ['out_fd', 'in_fd', 'offset', 'count'],
    signature: 'ssize_t sendfile(int out_fd, int in_fd, off_t *offset, size_t count);',
    syscall: true,
  },
  splice: {
    args: ['fd_in', 'off_in', 'fd_out', 'off_out', 'len', 'flags'],
    signature:
      'ssize_t splice(int fd_in, off_t *off_in, int fd_out, off_t *off_out, size_t len, unsigned int flags);',
    syscall: true,
  },
  pipe2: { args: ['pipefd', 'flags'], signature: 'int pipe2(int pipefd[2], int flags);', syscall: true },
  mmap: {
    args: ['addr', 'length', 'prot', 'flags', 'fd', 'offset'],
    signature: 'void *mmap(void *addr, size_t length, int prot, int flags, int fd, off_t offset);',
    syscall: true,
  },
  munmap: { args: ['addr', 'length'], signature: 'int munmap(void *addr, size_t length);', syscall: true },
  getpid: { args: [], signature: 'pid_t getpid(void);', syscall: true },
  fork: { args: [], signature: 'pid_t fork(void);', syscall: true, statement: true },
  waitpid: {
    args: ['pid', 'wstatus', 'options'],
    signature: 'pid_t waitpid(pid_t pid, int *wstatus, int options);',
    syscall: true,
    statement: true,
  },
  exit: { args: ['status'], signature: 'void exit(int status);', syscall: true, statement: true },
  exit_group: {
    args: ['status'],
    signature: 'void exit_group(int status);',
    syscall: true,
    statement: true,
  },
  close: { args: ['fd'], signature: 'int close(int fd);', syscall: true },
  // Several sockets served from one file: the file position back to an offset (SEEK_SET only).
  lseek: {
    args: ['fd', 'offset', 'whence'],
    signature: 'off_t lseek(int fd, off_t offset, int whence);',
    syscall: true,
  },
  syscall: {
    args: ['name', 'ret'],
    signature: 'long syscall("name", ret); // a call the model does not run: it returns ret',
    syscall: true,
  },
  // Issue 16: receiving and writing files.
  recv: {
    args: ['sockfd', 'buf', 'len', 'flags'],
    signature: 'ssize_t recv(int sockfd, void *buf, size_t len, int flags);',
    syscall: true,
  },
  recvfrom: {
    args: ['sockfd', 'buf', 'len', 'flags', 'src_addr', 'addrlen'],
    signature:
      'ssize_t recvfrom(int sockfd, void *buf, size_t len, int flags, struct sockaddr *src_addr, socklen_t *addrlen);',
    syscall: true,
  },
  fsync: { args: ['fd'], signature: 'int fsync(int fd);', syscall: true },
  fdatasync: { args: ['fd'], signature: 'int fdatasync(int fd);', syscall: true },
  sync_file_range: {
    args: ['fd', 'offset', 'nbytes', 'flags'],
    signature: 'int sync_file_range(int fd, off64_t offset, off64_t nbytes, unsigned int flags);',
    syscall: true,
  },
  // Issue 17: copies inside the kernel, and user pages into a pipe.
  copy_file_range: {
    args: ['fd_in', 'off_in', 'fd_out', 'off_out', 'len', 'flags'],
    signature:
      'ssize_t copy_file_range(int fd_in, off_t *off_in, int fd_out, off_t *off_out, size_t len, unsigned int flags);',
    syscall: true,
  },
  vmsplice: {
    args: ['fd', 'iov_base', 'iov_len', 'flags'],
    signature:
      'ssize_t vmsplice(int fd, const struct iovec *iov, size_t nr_segs, unsigned int flags); // here: one iovec, vmsplice(fd, iov_base, iov_len, flags)',
    syscall: true,
  },
  // Issue 17: io_uring (the system calls and liburing's helpers, which are plain loads and stores).
  io_uring_setup: {
    args: ['entries', 'flags'],
    signature: 'int io_uring_setup(u32 entries, struct io_uring_params *p); // the model: p->flags',
    syscall: true,
  },
  io_uring_enter: {
    args: ['fd', 'to_submit', 'min_complete', 'flags', 'sig'],
    signature:
      'int io_uring_enter(unsigned int fd, unsigned int to_submit, unsigned int min_complete, unsigned int flags, sigset_t *sig);',
    syscall: true,
  },
  io_uring_get_sqe: {
    args: ['ring'],
    signature: 'struct io_uring_sqe *io_uring_get_sqe(struct io_uring *ring); // the model: the ring fd',
    syscall: false,
  },
  io_uring_prep_read: {
    args: ['sqe', 'fd', 'buf', 'nbytes', 'offset'],
    signature:
      'void io_uring_prep_read(struct io_uring_sqe *sqe, int fd, void *buf, unsigned nbytes, __u64 offset);',
    syscall: false,
  },
  io_uring_prep_send: {
    args: ['sqe', 'sockfd', 'buf', 'len', 'flags'],
    signature:
      'void io_uring_prep_send(struct io_uring_sqe *sqe, int sockfd, const void *buf, size_t len, int flags);',
    syscall: false,
  },
  io_uring_prep_send_zc: {
    args: ['sqe', 'sockfd', 'buf', 'len', 'flags', 'zc_flags'],
    signature:
      'void io_uring_prep_send_zc(struct io_uring_sqe *sqe, int sockfd, const void *buf, size_t len, int flags, unsigned zc_flags);',
    syscall: false,
  },
  io_uring_sqe_set_flags: {
    args: ['sqe', 'flags'],
    signature: 'void io_uring_sqe_set_flags(struct io_uring_sqe *sqe, unsigned flags);',
    syscall: false,
  },
  io_uring_submit: {
    args: ['ring'],
    signature: 'int io_uring_submit(struct io_uring *ring); // the model: the ring fd',
    syscall: false,
  },
  io_uring_submit_and_wait: {
    args: ['ring', 'wait_nr'],
    signature:
      'int io_uring_submit_and_wait(struct io_uring *ring, unsigned wait_nr); // the model: the ring fd',
    syscall: false,
  },
  io_uring_cq_ready: {
    args: ['ring'],
    signature: 'unsigned io_uring_cq_ready(const struct io_uring *ring); // the model: the ring fd',
    syscall: false,
  },
  io_uring_cq_advance: {
    args: ['ring', 'nr'],
    signature: 'void io_uring_cq_advance(struct io_uring *ring, unsigned nr); // the model: the ring fd',
    syscall: false,
  },
  // Issue 17: MSG_ZEROCOPY.
  setsockopt: {
    args: ['sockfd', 'level', 'optname', 'optval', 'optlen'],
    signature: 'int setsockopt(int sockfd, int level, int optname, const void *optval, socklen_t optlen);',
    syscall: true,
  },
  send: {
    args: ['sockfd', 'buf', 'len', 'flags'],
    signature: 'ssize_t send(int sockfd, const void *buf, size_t len, int flags);',
    syscall: true,
  },
  poll: {
    args: ['fd', 'events', 'timeout'],
    signature:
      'int poll(struct pollfd *fds, nfds_t nfds, int timeout); // the model: poll(fd, events, timeout)',
    syscall: true,
  },
  recvmsg: {
    args: ['sockfd', 'msg', 'flags'],
    signature:
      'ssize_t recvmsg(int sockfd, struct msghdr *msg, int flags); // msg gets {ee_info, ee_data, ee_code}',
    syscall: true,
  },
  // Issue 18: nginx's pread64 and the JDK's user-space copy between a heap and a direct buffer.
  pread64: {
    args: ['fd', 'buf', 'count', 'offset'],
    signature: 'ssize_t pread64(int fd, void *buf, size_t count, off_t offset);',
    syscall: true,
  },
  memcpy: {
    args: ['dest', 'src', 'n'],
    signature: 'void *memcpy(void *dest, const void *src, size_t n); // in user space: one CPU copy',
    syscall: false,
  },
  // Issue 18's leftovers: writev (iov is an array of base, length pairs) and msync of a writable mapping.
  writev: {
    args: ['fd', 'iov', 'iovcnt'],
    signature:
      'ssize_t writev(int fd, const struct iovec *iov, int iovcnt); // iov: an array of iov_base, iov_len pairs',
    syscall: true,
  },
  msync: {
    args: ['addr', 'length', 'flags'],
    signature: 'int msync(void *addr, size_t length, int flags);',
    syscall: true,
  },
  perror: { args: ['s'], signature: 'void perror(const char *s);', syscall: false },
  min: { args: ['a', 'b'], signature: 'min(a, b): the smaller value', syscall: false },
  max: { args: ['a', 'b'], signature: 'max(a, b): the larger value', syscall: false },
};

/** Names every program can read without declaring them (C's macros, as the model's numbers). */
export const BUILTINS: { readonly [name: string]: number } = {
  NULL: 0,
  O_RDONLY: 0,
  O_DIRECT: 0o40000,
  SEEK_SET: 0,
  O_WRONLY: 1,
  O_RDWR: 2,
  O_CREAT: 0o100,
  O_TRUNC: 0o1000,
  O_DSYNC: 0o10000,
  O_SYNC: 0o4010000,
  PROT_READ: 1,
  PROT_WRITE: 2,
  MAP_SHARED: 1,
  MAP_PRIVATE: 2,
  MAP_FAILED: -1,
  SYNC_FILE_RANGE_WAIT_BEFORE: 1,
  SYNC_FILE_RANGE_WRITE: 2,
  SYNC_FILE_RANGE_WAIT_AFTER: 4,
  SPLICE_F_MOVE: 1,
  SPLICE_F_NONBLOCK: 2,
  SPLICE_F_MORE: 4,
  SPLICE_F_GIFT: 8,
  MAP_POPULATE: 0x8000,
  // Issue 18: msync(2)'s flags (asm-generic/mman-common.h).
  MS_ASYNC: 1,
  MS_INVALIDATE: 2,
  MS_SYNC: 4,
  // Issue 17: io_uring and MSG_ZEROCOPY (include/uapi/linux/io_uring.h, socket.h, errqueue.h, poll.h).
  IORING_SETUP_SQPOLL: 2,
  IORING_ENTER_GETEVENTS: 1,
  IORING_OFF_SQ_RING: 0,
  IORING_OFF_SQES: 0x10000000,
  IOSQE_IO_LINK: 4,
  SOL_SOCKET: 1,
  SO_ZEROCOPY: 60,
  // Issue 18: nginx's tcp_nopush (netinet/tcp.h).
  SOL_TCP: 6,
  IPPROTO_TCP: 6,
  TCP_CORK: 3,
  MSG_ZEROCOPY: 0x4000000,
  MSG_ERRQUEUE: 0x2000,
  POLLERR: 8,
  SO_EE_CODE_ZEROCOPY_COPIED: 1,
  // Every errno the model names (EBADF, EFAULT, EINVAL, ENOMEM, ECHILD, ENOENT, …).
  ...ERRNO_BY_NAME,
};

/** Names whose value depends on the architecture: resolved when the program runs. */
export const ARCH_NAMES = ['PAGE_OFFSET'] as const;
