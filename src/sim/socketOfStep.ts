import type { RawStep } from './applyStep';
import { socketSlotOf } from './counters';
import { S, SITES } from './sites';
import type { ProgramTrace } from './trace';

/** Sites of the send path whose steps belong to one socket (their flags carry its slot; slot 0 carries none). */
const SEND_PATH = new Set<number>([
  S.sys.write.enter,
  S.sys.write.exit,
  S.sys.sendfile.enter,
  S.sys.sendfile.exit,
  S.sys.spliceOut.enter,
  S.sys.spliceOut.exit,
  S.copy.skbLinearize,
  S.dma.skbToNic,
  S.dma.skbToNicDone,
  S.dma.gatherToNic,
  S.dma.gatherToNicDone,
  S.irq.nicEnter,
  S.irq.nicExit,
  S.irq.ackEnter,
  S.irq.ackExit,
  S.tcp.ack,
  S.sched.blockSndbuf,
  S.sched.wakeSndbuf,
]);

/**
 * The descriptor of the socket a step works on, when the program has several sockets (or one not at fd 4):
 * the slot in its flags names it (counters.ts F.sockShift). Undefined for one socket at fd 4 and for steps
 * off the send path, so one-socket runs narrate as before.
 */
export function socketFdOfStep(trace: ProgramTrace, r: RawStep): number | undefined {
  const fds = trace.checkpoints[0]?.socketFds;
  if (!fds) return undefined;
  const slot = socketSlotOf(r.flags);
  if (slot > 0) return fds[slot];
  const def = SITES[r.site]!;
  const onPath =
    SEND_PATH.has(r.site) || ((def.kind === 'cpu.copy' || def.kind === 'ref.move') && def.to === 'skb');
  return onPath ? fds[0] : undefined;
}
