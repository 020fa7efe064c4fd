import {
  SKB_OVERHEAD,
  sendQueueSpans,
  type MachineState,
  type SendQueueState,
  type Step,
} from '../../sim/index';
import { compactBytes } from './pageBlocks';
import type { Tr } from './toLaneViews';

/** Bytes a queue holds against sndbuf (payload plus SKB_OVERHEAD per skb, as the kernel charges it). */
export function queuedBytes(q: SendQueueState): number {
  return q.to - q.from + q.skbs * SKB_OVERHEAD;
}

/**
 * The socket the box shows — the one the step works on (its narration's socketFd), else the first — with
 * its queue, its sndbuf and one line for each other socket. The machine state names sockets only when a program has
 * several (MachineState.socketFds); with one, this is the machine's one queue and no lines.
 */
export function socketFocus(m: MachineState, step: Step, sndbuf: number, tr: Tr) {
  const fds = m.socketFds ?? [];
  const queues = [m.sendQueue, ...(m.moreQueues ?? [])];
  const slot = Math.max(0, fds.indexOf(step.params.socketFd as number));
  const queue = queues[slot]!;
  return {
    fd: fds[slot],
    queue,
    spans: sendQueueSpans(m, queue),
    sndbuf: m.socketSndbufs?.[slot] ?? sndbuf,
    others: fds.flatMap((fd, i) =>
      i === slot ? [] : [tr('machine.skb.otherLine', { fd, fill: compactBytes(queuedBytes(queues[i]!)) })],
    ),
  };
}
