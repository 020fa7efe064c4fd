import {
  SKB_OVERHEAD,
  sendQueueSpans,
  type MachineState,
  type PageSpan,
  type SendQueueState,
  type Step,
} from '../../sim/index';
import { compactBytes } from './pageBlocks';
import type { Tr } from './toLaneViews';

/** Lines listed for the other sockets at most; the rest are counted on one more line. */
const MAX_OTHER_LINES = 3;

/** One socket's send queue as the socket box shows it. */
export interface SocketFocus {
  readonly fd: number | null;
  readonly queue: SendQueueState;
  readonly spans: readonly PageSpan[];
  readonly sndbuf: number;
  /** The other sockets, one line each (empty with one socket). */
  readonly others: readonly string[];
}

/** Bytes a queue holds against sndbuf (payload plus SKB_OVERHEAD per skb, as the kernel charges it). */
export function queuedBytes(q: SendQueueState): number {
  return q.to - q.from + q.skbs * SKB_OVERHEAD;
}

/**
 * Which socket the box shows: the one the step works on (Step.socket), else the first. The machine state
 * names several sockets only when the program has them (MachineState.socketFds).
 */
export function socketFocus(m: MachineState, step: Step | null, sndbuf: number, tr: Tr): SocketFocus {
  const fds = m.socketFds;
  if (!fds) return { fd: null, queue: m.sendQueue, spans: m.skb, sndbuf, others: [] };
  const queues = [m.sendQueue, ...(m.moreQueues ?? [])];
  const slot = Math.max(0, step?.socket === undefined ? 0 : fds.indexOf(step.socket));
  const line = (i: number) =>
    tr('machine.skb.otherLine', {
      fd: fds[i]!,
      fill: compactBytes(queuedBytes(queues[i]!)),
    });
  const rest = fds.map((_, i) => i).filter((i) => i !== slot);
  const shown = rest.length > MAX_OTHER_LINES ? rest.slice(0, MAX_OTHER_LINES - 1) : rest;
  const others = shown.map(line);
  if (shown.length < rest.length)
    others.push(tr('machine.skb.moreSockets', { n: rest.length - shown.length }));
  const queue = queues[slot]!;
  const own = m.socketSndbufs?.[slot] ?? sndbuf;
  // The first socket's spans include what the views derived already; the others' come from their queues.
  const spans = slot === 0 ? m.skb : sendQueueSpans(m, queue);
  return { fd: fds[slot]!, queue, spans, sndbuf: own, others };
}
