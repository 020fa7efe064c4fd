import type { MachineState, Trace } from '../../sim/index';
import type { PipeView, RamCell } from './machineViewModel';
import type { Tr } from './toLaneViews';

/**
 * Issue 17, io-uring: the rings the program and the kernel share, in the pipe's place — the SQ (entries
 * published and not yet consumed, head and tail), the CQ (entries posted and not yet consumed), SQEs written
 * but not yet published, and SEND_ZC's notifications.
 */
function toRings(m: MachineState, tr: Tr): PipeView {
  const u = m.uring;
  const title = tr('machine.box.uring');
  if (!u || !u.ringsMapped || !u.sqesMapped)
    return { title, slots: [], caption: tr('machine.uring.unmapped'), lines: [] };
  // The first line is what fits at every size; the positions follow where there is room.
  const lines = [
    tr('machine.uring.queues', { queued: u.sqTail - u.sqHead, ready: u.cqTail - u.cqHead }),
    tr('machine.uring.positions', { sh: u.sqHead, st: u.sqTail, ch: u.cqHead, ct: u.cqTail }),
  ];
  const more = [
    ...(u.sqeWritten > 0 ? [tr('machine.uring.sqes', { n: u.sqeWritten })] : []),
    ...(u.notifs > 0 ? [tr('machine.uring.notifs', { n: u.notifs })] : []),
  ];
  // The counts go beside the title (they fit at every size); the positions below it where there is room.
  return { title, slots: [], caption: lines[0]!, lines: [lines[1]!, ...more] };
}

/** Issue 17, msg-zerocopy: the socket's error queue — the notifications queued, and what has been read. */
function toErrQueue(trace: Trace, m: MachineState, tr: Tr): PipeView {
  const zc = m.zc;
  const sends = Math.ceil(trace.params.file / trace.params.buf);
  const queue = zc?.queue ?? [];
  const ranges = queue.map(([lo, hi]) => (lo === hi ? `[${lo}]` : `[${lo}..${hi}]`)).join(' ');
  return {
    title: tr('machine.box.errqueue'),
    slots: [],
    caption: tr('machine.zc.read', { n: zc?.read ?? 0, sends }),
    lines: [
      [
        ...(zc?.lastCopied ? [tr('machine.zc.copied')] : []),
        tr('machine.zc.queue', { ranges: ranges || tr('machine.zc.empty') }),
      ].join(' · '),
    ],
  };
}

/** Issue 17: the ring pages in RAM — one set of frames, mapped by the process and used by the kernel. */
export function uringRamCells(m: MachineState, tr: Tr): RamCell[] {
  const u = m.uring;
  if (!u || !u.ringsMapped) return [];
  return [
    {
      key: 'uring',
      label: tr('machine.ram.uring'),
      sub: tr('machine.ram.uringSub'),
      subShort: 'SQ·CQ',
      colour: null,
      kind: 'data',
    },
  ];
}

/** The pipe box's content for issue 17's scenarios (null: the pipe itself). */
export function uringBox(trace: Trace, m: MachineState, tr: Tr): PipeView | null {
  if (trace.scenario === 'io-uring') return toRings(m, tr);
  if (trace.scenario === 'msg-zerocopy') return toErrQueue(trace, m, tr);
  return null;
}
