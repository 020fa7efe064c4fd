import type { Params } from './params';

/** Steps one skb costs at most: its copy or reference, DMA start and done, IRQ entry and exit, the ACK's four. */
const PER_SKB = 10;
const SKB_MAX = 65536;

/**
 * Issue 17's scenarios: a bound on the steps a run takes, from its loop counts (estimateSteps and
 * expectedSteps use it for both). Pure.
 */
export function uringSteps(scenario: 'io-uring' | 'msg-zerocopy', p: Params): number {
  const chunks = Math.ceil(p.file / p.buf);
  const skbs = chunks * Math.ceil(Math.min(p.buf, p.file) / SKB_MAX) * PER_SKB;
  if (scenario === 'msg-zerocopy') {
    // Per send: its syscall, a notification, and at most one poll and one recvmsg with their sleeps.
    return chunks * 12 + skbs + 16;
  }
  const pages = Math.ceil(p.file / p.page);
  const disk = p.cache === 'cold' ? Math.ceil(pages / Math.max(1, p.ra === 'linux' ? 32 : p.ra)) * 12 : 0;
  const batches = Math.ceil((2 * chunks) / p.batch);
  // Per chunk: two SQE stores, two issues, the read's copy and CQE, the send's CQE (SEND_ZC: a notification).
  const perChunk = p.op === 'send_zc' ? 12 : 9;
  // With SQPOLL the thread may poll once per device event (a DMA done and an ACK per skb).
  const polling = p.sqpoll === 'on' ? skbs / 4 : 0;
  return chunks * perChunk + skbs + polling + disk * 2 + batches * 16 + 32;
}
