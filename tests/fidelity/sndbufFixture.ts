/** One run of tests/fidelity/c/sndbuf_block.c: the sender's loop, seen through getrusage and the clock. */
export interface SndbufRun {
  readonly bytes: number;
  readonly writes: number;
  /** Voluntary context switches: the sender's sleeps (sk_stream_wait_memory). */
  readonly nvcsw: number;
  readonly nivcsw: number;
  /** Wall-clock time of the loop, ns: with a slow receiver, the receiver's pace. */
  readonly ns: number;
}

/** What `npm run capture` measured for rule 10 (scripts/captureSndbuf.ts). */
export interface SndbufFixture {
  readonly kernel: string;
  /** net.ipv4.tcp_wmem: min, default, max send buffer. */
  readonly tcpWmem: readonly number[];
  readonly program: string;
  readonly size: number;
  readonly buf: number;
  readonly slow: readonly SndbufRun[];
  readonly fast: readonly SndbufRun[];
}
