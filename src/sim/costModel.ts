/**
 * Simulated cost of each event, in ns. Illustrative defaults from DESIGN §5 (a getpid round trip ≈ 120 ns,
 * copies ≈ 10 GB/s, NVMe 80 µs + 3 GB/s, 10 Gbit/s NIC, a
 * 20 µs round trip to the peer on the same switch); every field can be overridden per simulation. An
 * interrupt costs DESIGN §5's 1 µs in all: entry 900 ns (registers saved, irq_enter, dispatch) and exit 100 ns
 * (EOI and iret, about as cheap as sysret).
 */
export interface CostModel {
  readonly syscallEntry: number;
  readonly sysret: number;
  readonly int80Entry: number;
  readonly iret: number;
  readonly entryDetail: number;
  readonly syscallWork: number;
  readonly copyBase: number;
  readonly copyPerByte: number;
  readonly refMove: number;
  readonly faultEntry: number;
  readonly faultReturn: number;
  readonly pteUpdate: number;
  readonly tlbFlush: number;
  readonly pageAlloc: number;
  readonly contextSwitch: number;
  readonly irqEntry: number;
  readonly irqExit: number;
  readonly dmaSetup: number;
  readonly diskLatency: number;
  readonly diskBytesPerNs: number;
  readonly nicLatency: number;
  readonly nicBytesPerNs: number;
  /** Network round trip: an skb's ACK arrives this long after the NIC sent it (rule 10). */
  readonly rtt: number;
  /** tcp_ack → tcp_clean_rtx_queue: freeing one acknowledged skb. */
  readonly ackWork: number;
  readonly forkWork: number;
  readonly userWork: number;
}

export const DEFAULT_COSTS: CostModel = Object.freeze({
  syscallEntry: 60,
  sysret: 60,
  int80Entry: 250,
  iret: 250,
  entryDetail: 10,
  syscallWork: 100,
  copyBase: 20,
  copyPerByte: 0.1,
  refMove: 40,
  faultEntry: 500,
  faultReturn: 100,
  pteUpdate: 50,
  tlbFlush: 100,
  pageAlloc: 100,
  contextSwitch: 2000,
  irqEntry: 900,
  irqExit: 100,
  dmaSetup: 300,
  diskLatency: 80000,
  diskBytesPerNs: 3,
  nicLatency: 1000,
  nicBytesPerNs: 1.25,
  rtt: 20000,
  ackWork: 300,
  forkWork: 20000,
  userWork: 50,
});
