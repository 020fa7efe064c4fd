import type { CounterKey, Params, ScenarioId, Totals } from '../../sim/index';

/** The counters textbooks quote for one transfer of one buffer (DESIGN §5). */
export type TextbookKey = 'syscalls' | 'modeSwitches' | 'cpuCopies' | 'dmaTransfers' | 'pageFaults';
export type TextbookFigures = Readonly<Partial<Record<TextbookKey, number>>>;

/**
 * The textbook figure for a scenario, where one exists (the README's fidelity table, reference §1, §8):
 * read/write 4 switches, 2 CPU copies, 2 DMA; mmap+write 4, 1, 2; sendfile without gather 2, 1, 2 and with
 * gather 2, 0, 2; splice 0 CPU copies; O_DIRECT 2 calls, 4 switches, 1 CPU copy, 2 DMA; a system call 1 call,
 * 2 switches; CoW one fault and one copy per page written, no DMA; a ring-3 kernel access one fault.
 */
export function getTextbookFigures(
  scenario: ScenarioId,
  params: Pick<Params, 'sg' | 'pages'> & Partial<Pick<Params, 'sync' | 'method'>>,
): TextbookFigures | undefined {
  switch (scenario) {
    case 'read-write':
      return { modeSwitches: 4, cpuCopies: 2, dmaTransfers: 2 };
    case 'mmap-write':
      return { modeSwitches: 4, cpuCopies: 1, dmaTransfers: 2 };
    case 'sendfile':
      return params.sg === 'off'
        ? { modeSwitches: 2, cpuCopies: 1, dmaTransfers: 2 }
        : { modeSwitches: 2, cpuCopies: 0, dmaTransfers: 2 };
    case 'splice':
      return { cpuCopies: 0 };
    case 'direct-io':
      return { syscalls: 2, modeSwitches: 4, cpuCopies: 1, dmaTransfers: 2 };
    case 'syscall':
      return { syscalls: 1, modeSwitches: 2, cpuCopies: 0, dmaTransfers: 0, pageFaults: 0 };
    case 'cow-fork': {
      // The program's first writes: P1 to page 1, P2 to pages 0 and 1 (page 1 exists only when pages > 1).
      const written = params.pages > 1 ? 3 : 1;
      return { cpuCopies: written, dmaTransfers: 0, pageFaults: written };
    }
    case 'kernel-access':
      return { syscalls: 0, cpuCopies: 0, dmaTransfers: 0, pageFaults: 1 };
    // Issue 16: the mirror of read + write (the textbook assumes the data reaches the disk); O_DIRECT and the
    // in-kernel copies (mmap, sendfile, splice into a file) leave one CPU copy.
    case 'recv-write':
      return params.sync === 'direct'
        ? { modeSwitches: 4, cpuCopies: 1, dmaTransfers: 2 }
        : { modeSwitches: 4, cpuCopies: 2, dmaTransfers: 2 };
    case 'file-copy':
      return params.method === 'rw' && params.sync !== 'direct'
        ? { modeSwitches: 4, cpuCopies: 2, dmaTransfers: 2 }
        : { cpuCopies: 1, dmaTransfers: 2 };
    // Issue 17: MSG_ZEROCOPY is taught as "no CPU copy, the NIC DMAs from the pinned user pages"; io_uring
    // has no textbook count (it is taught as "fewer system calls"), so it has no figure.
    case 'msg-zerocopy':
      return { cpuCopies: 0, dmaTransfers: 1 };
    case 'io-uring':
      return undefined;
  }
}

/** Does the simulated run count differently from the textbook (so the UI explains why)? */
export function differsFromTextbook(figures: TextbookFigures | undefined, totals: Totals): boolean {
  if (!figures) return false;
  return (Object.keys(figures) as TextbookKey[]).some((k) => figures[k] !== totals[k]);
}

export function textbookFigure(figures: TextbookFigures | undefined, key: CounterKey): number | undefined {
  return figures && key in figures ? figures[key as TextbookKey] : undefined;
}

/**
 * The message key of a run's "why" note under the counters (and in the handout): the scenario's, or its
 * variant's where a parameter changes what the program does (RocketMQ's producer, nginx's directio; each is
 * a parameter of its own scenario only, so the others keep their defaults).
 */
export function textbookKeyOf(
  scenario: ScenarioId,
  p: Pick<Params, 'side' | 'directio' | 'sendfile' | 'nopush'>,
): string {
  const variant =
    p.side === 'producer'
      ? '.producer'
      : p.directio === 'on'
        ? '.directio'
        : p.nopush === 'on' && p.sendfile === 'on'
          ? '.nopush'
          : '';
  return `textbook.${scenario}${variant}`;
}
