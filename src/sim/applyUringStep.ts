import type { RawStep } from './applyStep';
import { F } from './counters';
import type { MachineState } from './machineState';
import { S } from './sites';

/**
 * Issue 17's part of applyStep: the io_uring rings and MSG_ZEROCOPY's error queue. Called for every step
 * after the general reducer; only the sites below change anything.
 */
export function applyUringStep(m: MachineState, s: RawStep): void {
  const u = S.uring;
  const z = S.zc;
  switch (s.site) {
    case u.setup.exit:
      if (s.n >= 0)
        m.uring = {
          entries: s.a,
          ringsMapped: false,
          sqesMapped: false,
          sqeWritten: 0,
          sqTail: 0,
          sqHead: 0,
          cqTail: 0,
          cqHead: 0,
          lastOp: 0,
          notifs: 0,
        };
      return;
    case u.mapRing:
      if (m.uring) {
        if (s.a === 1) m.uring.sqesMapped = true;
        else m.uring.ringsMapped = true;
      }
      return;
    case u.sqeWrite:
      if (m.uring) {
        m.uring.sqeWritten += 1;
        m.uring.lastOp = s.a;
      }
      return;
    case u.sqTail:
      if (m.uring) {
        m.uring.sqTail += s.n;
        m.uring.sqeWritten = Math.max(0, m.uring.sqeWritten - s.n);
      }
      return;
    case u.issue:
      if (m.uring) {
        m.uring.sqHead += 1;
        m.uring.lastOp = s.a;
      }
      return;
    case u.cqe:
    case u.notifCqe:
      if (m.uring) {
        m.uring.cqTail += 1;
        if (s.site === u.notifCqe) m.uring.notifs += 1;
      }
      return;
    case u.cqAdvance:
      if (m.uring) m.uring.cqHead += s.n;
      return;
    case z.sendto.enter:
      m.zc ??= { sends: 0, queue: [], read: 0, lastCopied: false };
      return;
    case z.sendto.exit:
      if (m.zc && s.n > 0) m.zc.sends += 1;
      return;
    case z.notify: {
      const zc = (m.zc ??= { sends: 0, queue: [], read: 0, lastCopied: false });
      // n = how many sends the (merged) notification covers, a..b its range, c: copied, flags: merged.
      if (s.flags & F.appended) zc.queue[zc.queue.length - 1] = [s.a, s.b, s.c];
      else zc.queue.push([s.a, s.b, s.c]);
      return;
    }
    case z.recvErr.exit:
      if (m.zc && s.n === 0) {
        const head = m.zc.queue.shift();
        if (head) {
          m.zc.read = head[1] + 1;
          m.zc.lastCopied = head[2] === 1;
        }
      }
      return;
    default:
      return;
  }
}
