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
  perror: { args: ['s'], signature: 'void perror(const char *s);', syscall: false },
  min: { args: ['a', 'b'], signature: 'min(a, b): the smaller value', syscall: false },
  max: { args: ['a', 'b'], signature: 'max(a, b): the larger value', syscall: false },
};

/** Names every program can read without declaring them (C's macros, as the model's numbers). */
export const BUILTINS: { readonly [name: string]: number } = {
  NULL: 0,
  O_RDONLY: 0,
  O_DIRECT: 0o40000,
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
  // Every errno the model names (EBADF, EFAULT, EINVAL, ENOMEM, ECHILD, ENOENT, …).
  ...ERRNO_BY_NAME,
};

/** Names whose value depends on the architecture: resolved when the program runs. */
export const ARCH_NAMES = ['PAGE_OFFSET'] as const;
