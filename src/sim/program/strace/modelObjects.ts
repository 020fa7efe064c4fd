/**
 * Which of a strace log's open file descriptions become the model's objects — its file, socket, pipe, written
 * file and the further sockets and files — and the model descriptor each one gets.
 */

export type Kind = 'file' | 'socket' | 'pipeR' | 'pipeW' | 'inherited';

/** One open file description of the log (what an fd points to), followed through dup, fork and close. */
export interface Inst {
  readonly id: number;
  readonly kind: Kind;
  readonly line: number;
  read: number;
  written: number;
  direct: boolean;
  /** Opened with O_SYNC or O_DSYNC (every write waits for its writeback). */
  sync: 'O_SYNC' | 'O_DSYNC' | null;
  /** Opened O_RDWR (issue 18: what a writable shared mapping needs). */
  rdwr: boolean;
  size: number | null;
}

export interface Chosen {
  file: number | null;
  socket: number | null;
  pipe: number | null;
  /** The file the program writes (issue 16): fd 3 when it receives from the socket, fd 4 when it copies file 3. */
  out: number | null;
  /** The socket is read from (a peer sends), not written to. */
  receiving: boolean;
  /** Issue 14: the other sockets written to, each a socket of its own in the model (fds 7, 8, …). */
  moreSockets: number[];
  /** Issue 14: the other files read, each a file of its own in the model (fds 20, 21, 22). */
  moreFiles: number[];
}

/** The model's descriptor of the first of the other sockets (5 and 6 are the pipe's). */
export const MORE_SOCKETS_FD = 7;
/** Sockets the model holds beyond the first (socketWorld.ts: 7 in all). */
const MAX_MORE_SOCKETS = 6;
/** The model's descriptor of the first of the other files read (clear of the sockets' 7–12). */
export const MORE_FILES_FD = 20;
/** Files to read the model holds beyond the first (world.ts MAX_FILES: 4 in all). */
const MAX_MORE_FILES = 3;

/**
 * After the survey: the socket written most (or, when none is written, the one read most: a receiver), the
 * file read most, the file written most, the first pipe — as many as the model's world holds: a file to
 * read with a socket to send to, a socket to receive from with a file to write (fd 3), or a file copied to
 * another (fd 4).
 */
export function chooseObjects(insts: readonly Inst[]): Chosen {
  const best = (kind: Kind, by: (i: Inst) => number, not: number | null = null): number | null => {
    let pick: Inst | null = null;
    for (const i of insts)
      if (i.kind === kind && i.id !== not && by(i) > 0 && (!pick || by(i) > by(pick))) pick = i;
    return pick ? pick.id : null;
  };
  const sender = best('socket', (i) => i.written);
  const receiver = sender === null ? best('socket', (i) => i.read) : null;
  const written = best('file', (i) => i.written);
  const file = receiver === null ? best('file', (i) => i.read, written) : null;
  const out = sender === null ? written : null;
  const firstSocket = insts.find((i) => i.kind === 'socket')?.id ?? null;
  // Every other socket the program sends on is a socket of its own, instead of an opaque descriptor.
  const moreSockets =
    sender === null
      ? []
      : insts
          .filter((i) => i.kind === 'socket' && i.id !== sender && i.written > 0)
          .slice(0, MAX_MORE_SOCKETS)
          .map((i) => i.id);
  // Every other file a sending program reads is a file of its own, instead of an opaque descriptor.
  const moreFiles =
    file === null || sender === null
      ? []
      : insts
          .filter(
            (i) => i.kind === 'file' && i.id !== file && i.id !== written && i.read > 0 && i.written === 0,
          )
          .slice(0, MAX_MORE_FILES)
          .map((i) => i.id);
  return {
    file,
    moreFiles,
    socket: sender ?? receiver ?? (out === null ? firstSocket : null),
    pipe: insts.find((i) => i.kind === 'pipeR')?.id ?? null,
    out,
    receiving: receiver !== null,
    moreSockets,
  };
}

/** The model's descriptor for `inst` under `c` (`outFd`: the written file's), or null when it has none. */
export function modelFdOf(c: Chosen, inst: Inst, outFd: number): number | null {
  if (inst.id === c.file) return 3;
  if (inst.id === c.socket) return 4;
  const more = c.moreSockets.indexOf(inst.id);
  if (more >= 0) return MORE_SOCKETS_FD + more;
  const moreFile = c.moreFiles.indexOf(inst.id);
  if (moreFile >= 0) return MORE_FILES_FD + moreFile;
  if (inst.id === c.out) return outFd;
  if (c.pipe !== null && (inst.id === c.pipe || inst.id === c.pipe + 1)) return inst.kind === 'pipeR' ? 5 : 6;
  return null;
}
