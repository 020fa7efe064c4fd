import { parseParam } from '../params';
import type { Program } from './ast';
import { ProgramError, type Pos } from './errors';
import { callsNamed } from './uringWorld';

/** The model's TCP sockets at most (a step names 1 + its socket's slot in 3 flag bits: counters.ts F.sockShift). */
export const MAX_SOCKETS = 7;
/** The highest descriptor a world declaration may give (a small process's table). */
export const MAX_DECLARED_FD = 63;
/** pipe2(p, 0) gives the model's pipe these descriptors (machineCalls.ts). */
const PIPE_FDS = [5, 6];

/** One connected TCP socket the world declares: its descriptor and, beyond the first, its own sndbuf. */
export interface SocketDecl {
  readonly fd: number;
  /** SO_SNDBUF of this socket (bytes). */
  readonly sndbuf: number;
  /** The peer sends to this socket (`peer: F`); at most one socket receives in the model. */
  readonly peer: boolean;
}

/** Fields of the whole machine that the first socket sets (a sysctl, the NIC): the others cannot differ. */
const MACHINE_FIELDS = ['autocork', 'mss', 'coalesce', 'nic'];

/**
 * Collects `world tcp N = { … };` declarations: any free descriptor from 3, up to MAX_SOCKETS sockets, each
 * with its own send queue. The first one's fields are the run's parameters (as with one socket); a later
 * one may set only its own sndbuf.
 */
export class SocketDecls {
  readonly list: SocketDecl[] = [];
  /** Descriptors declared so far by any world declaration, with where. */
  private readonly taken = new Map<number, Pos>();
  private readonly pipeFds: readonly number[];

  constructor(program: Program) {
    this.pipeFds = callsNamed(program.body, 'pipe2').length > 0 ? PIPE_FDS : [];
  }

  /** A descriptor a declaration gives (a socket or a file): in range, not given twice, not the pipe's. */
  claim(fd: unknown, pos: Pos): number {
    if (typeof fd !== 'number' || !Number.isInteger(fd) || fd < 3 || fd > MAX_DECLARED_FD)
      throw new ProgramError(pos, 'declaredFdRange', { max: MAX_DECLARED_FD });
    const before = this.taken.get(fd);
    if (before) throw new ProgramError(pos, 'fdTwice', { fd, line: before.line, col: before.col });
    if (this.pipeFds.includes(fd)) throw new ProgramError(pos, 'fdIsPipes', { fd });
    this.taken.set(fd, pos);
    return fd;
  }

  /** `world tcp fd = { fields }`; `fields` already evaluated. The first socket's go to the parameters. */
  add(fd: number, fields: ReadonlyMap<string, number | string>, pos: Pos): { first: boolean } {
    if (this.list.length >= MAX_SOCKETS) throw new ProgramError(pos, 'tooManySockets', { max: MAX_SOCKETS });
    const first = this.list.length === 0;
    const peer = fields.has('peer');
    const other = this.list.find((s) => s.peer);
    if (peer && other) throw new ProgramError(pos, 'onePeer', { fd: other.fd });
    if (peer && fd !== 4) throw new ProgramError(pos, 'peerIsFd4');
    if (first) {
      this.list.push({ fd, sndbuf: NaN, peer });
      return { first };
    }
    const machine = MACHINE_FIELDS.find((f) => fields.has(f));
    if (machine) throw new ProgramError(pos, 'machineField', { field: machine, fd: this.list[0]!.fd });
    const given = fields.get('sndbuf');
    const sndbuf = given === undefined ? NaN : ownSndbuf(given, pos);
    this.list.push({ fd, sndbuf, peer });
    return { first };
  }

  /** The declarations with every socket's sndbuf resolved (the first's and the unset ones: `sndbuf`). */
  resolved(sndbuf: number): SocketDecl[] {
    return this.list.map((s) => ({ ...s, sndbuf: Number.isNaN(s.sndbuf) ? sndbuf : s.sndbuf }));
  }
}

function ownSndbuf(value: number | string, pos: Pos): number {
  const res = parseParam('sndbuf', String(value));
  if (!res.ok) throw new ProgramError(pos, 'badParamValue', { error: res.error }, res.problem);
  return res.value as number;
}
