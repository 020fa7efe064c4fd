import type { CounterKey, Params, ScenarioId, Totals } from '../../sim/index';

/** The counters textbooks quote for one transfer of one buffer (DESIGN §5). */
export type TextbookKey = 'modeSwitches' | 'cpuCopies' | 'dmaTransfers';
export type TextbookFigures = Readonly<Partial<Record<TextbookKey, number>>>;

/**
 * The textbook figure for a scenario, where one exists: read/write 4 switches, 2 CPU copies, 2 DMA;
 * mmap+write 4, 1, 2; sendfile without gather 2, 1, 2 and with gather 2, 0, 2; splice 0 CPU copies.
 */
export function getTextbookFigures(
  scenario: ScenarioId,
  params: Pick<Params, 'sg'>,
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
    default:
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
