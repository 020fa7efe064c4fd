import type { RawStep } from './applyStep';
import { F } from './counters';
import { S } from './sites';
import { hex } from './units';

/** io_uring opcodes by their uapi number (kernel/ioUring.ts OPCODE). */
const OP_NAMES: Readonly<Record<number, string>> = { 22: 'READ', 26: 'SEND', 47: 'SEND_ZC' };

/**
 * Issue 17: the values its steps' narration uses, by site (null: the general rules of step.ts apply).
 * The columns each site fills are set where it is emitted (kernel/ioUring.ts, kernel/zeroCopy.ts).
 */
export function uringNarrationParams(r: RawStep): Record<string, string | number> | null {
  const u = S.uring;
  const z = S.zc;
  const op = OP_NAMES[r.a] ?? String(r.a);
  switch (r.site) {
    case u.setup.enter:
      return { entries: r.a, sqpoll: r.b ? 1 : 0 };
    case u.setup.exit:
      return { ret: r.n, entries: r.a, sqpoll: r.b ? 1 : 0 };
    case u.mmapRings.enter:
    case u.mmapRings.exit:
      return {
        bytes: r.a,
        sqes: r.b === 0 ? 0 : 1,
        ...(r.site === u.mmapRings.exit ? { ret: r.n, addr: hex(Math.max(0, r.n)) } : {}),
      };
    case u.mapRing:
      return { bytes: r.n, sqes: r.a, entries: r.b, addr: hex(r.c) };
    case u.sqeWrite:
    case u.issue:
    case u.readQueued:
      return { op, index: r.b, count: r.n, offset: r.c };
    case u.sqTail:
      return { n: r.n, tail: r.a };
    case u.cqRead:
      return { n: r.n, posted: r.a, seen: r.b };
    case u.cqAdvance:
      return { n: r.n, head: r.a };
    case u.enter.enter:
      return { toSubmit: r.a, minComplete: r.b, fd: r.n };
    case u.enter.exit:
      return { ret: r.n, toSubmit: r.a, minComplete: r.b };
    case u.cqe:
      return { op, index: r.b, res: r.n, total: r.c };
    case u.notifCqe:
      return { total: r.c };
    case u.taskWork:
      return { reads: r.n, notifs: r.a };
    case u.sqThread:
      return { n: r.n };
    case u.block:
      return { n: r.n };
    case z.sendto.enter:
      return { count: r.a };
    case z.sendto.exit:
      return { ret: r.n, count: r.a };
    case z.notify:
      return { n: r.n, lo: r.a, hi: r.b, copied: r.c, merged: r.flags & F.appended ? 1 : 0 };
    case z.recvErr.exit:
      return { ret: r.n, lo: r.a, hi: r.b };
    default:
      return null;
  }
}
