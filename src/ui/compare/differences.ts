import { translate, type Locale } from '../../i18n/index';
import type { CostModel, CounterKey, Params, Totals } from '../../sim/index';
import {
  COUNTER_ROWS,
  counterValue,
  formatByteSize,
  formatDuration,
  isTimeRow,
} from '../counters/counterRows';
import { formatCount } from '../format';

/** What the words need of one run: its totals, parameters and cost model (all in its trace), and its name. */
export interface RunSummary {
  readonly name: string;
  readonly totals: Totals;
  readonly params: Params;
  readonly cost: CostModel;
  /** The run sends the file over a socket (its bytes cross the wire, or loopback). */
  readonly sends: boolean;
}

function isBytes(key: CounterKey): boolean {
  return key === 'cpuBytes' || key === 'dmaBytes';
}

/** An amount of one counter as people say it (durations and sizes in their units, counts as numbers). */
function amount(locale: Locale, key: CounterKey, value: number): string {
  if (isTimeRow(key)) return formatDuration(locale, value);
  if (isBytes(key)) return formatByteSize(locale, value);
  return formatCount(locale, value);
}

/** One row of the difference table: both values and what B does compared with A, in words. */
export interface DifferenceRow {
  readonly key: CounterKey;
  readonly sub: boolean;
  readonly a: number;
  readonly b: number;
  /** b − a. */
  readonly delta: number;
  readonly words: string;
}

/**
 * "2 fewer CPU copies", "0.31 ms less CPU time", "the same": B against A for one counter. Counts say
 * fewer/more with the counter's own noun (singular for one); times and sizes say less/more.
 */
export function differenceWords(locale: Locale, key: CounterKey, a: number, b: number): string {
  const delta = b - a;
  if (delta === 0) return translate(locale, 'compare.diff.same');
  const measured = isTimeRow(key) || isBytes(key);
  const what = translate(locale, `compare.noun.${key}${measured || Math.abs(delta) !== 1 ? '' : '.one'}`);
  const n = amount(locale, key, Math.abs(delta));
  const kind = measured ? (delta < 0 ? 'less' : 'more') : delta < 0 ? 'fewer' : 'moreCount';
  return translate(locale, `compare.diff.${kind}`, { n, what });
}

/** Every counter of the counters panel, A beside B, with the difference in words. */
export function differenceRows(locale: Locale, a: Totals, b: Totals): DifferenceRow[] {
  return COUNTER_ROWS.map(({ key, sub }) => {
    const va = counterValue(a, key);
    const vb = counterValue(b, key);
    return {
      key,
      sub: sub === true,
      a: va,
      b: vb,
      delta: vb - va,
      words: differenceWords(locale, key, va, vb),
    };
  });
}

/** How many times larger x is than y (≥ 1), or Infinity when y is 0 and x is not. */
function ratio(x: number, y: number): number {
  const hi = Math.max(x, y);
  const lo = Math.min(x, y);
  if (hi === 0) return 1;
  return lo === 0 ? Infinity : hi / lo;
}

/** Elapsed times this close count as "about as long" (issue 15: within 1.3×). */
const SAME_TIME = 1.3;
/** CPU times this far apart are the story. */
const CPU_APART = 1.5;

/**
 * The device a run waits for, from its cost model: the wire when the file crosses it and its transfer takes
 * at least half the elapsed time, the disk when a cold read does; null when the CPU is the limit.
 */
function limitOf(run: RunSummary): { device: 'wire' | 'disk'; ns: number } | null {
  const bytes = run.params.file;
  const wire = run.sends && run.cost.nicBytesPerNs > 0 ? bytes / run.cost.nicBytesPerNs : 0;
  const disk =
    run.params.cache === 'cold' && run.cost.diskBytesPerNs > 0
      ? bytes / run.cost.diskBytesPerNs + run.cost.diskLatency * run.totals.diskRequests
      : 0;
  const device = wire >= disk ? ('wire' as const) : ('disk' as const);
  const ns = Math.max(wire, disk);
  return ns >= run.totals.simTimeNs / 2 ? { device, ns } : null;
}

function times(locale: Locale, r: number): string {
  return Number.isFinite(r) ? `${formatCount(locale, r, r < 10 ? 1 : 0)}×` : '∞';
}

/**
 * One sentence that explains the biggest difference between the runs, made from their totals and cost model
 * (never written per pair): the same elapsed time but far apart CPU time means a device is the limit, so the
 * cheaper path frees the CPU; else a run that finishes sooner, and why; else the counter that differs most.
 */
export function biggestDifference(locale: Locale, a: RunSummary, b: RunSummary, preset: string): string {
  const tr = (key: string, p?: Record<string, string | number>) => translate(locale, key, p);
  const ta = a.totals.simTimeNs;
  const tb = b.totals.simTimeNs;
  const ca = a.totals.cpuBusyNs;
  const cb = b.totals.cpuBusyNs;
  const [lean, heavy] = cb <= ca ? [b, a] : [a, b];
  const cpu = ratio(ca, cb);
  const elapsed = ratio(ta, tb);
  const common = {
    preset,
    lean: lean.name,
    heavy: heavy.name,
    cpuRatio: times(locale, cpu),
    timeRatio: times(locale, elapsed),
    cpuLean: formatDuration(locale, lean.totals.cpuBusyNs),
    cpuHeavy: formatDuration(locale, heavy.totals.cpuBusyNs),
    timeLean: formatDuration(locale, lean.totals.simTimeNs),
    timeHeavy: formatDuration(locale, heavy.totals.simTimeNs),
  };
  if (elapsed < SAME_TIME && cpu >= CPU_APART) {
    const limit = limitOf(heavy);
    if (limit)
      return tr(`compare.why.${limit.device}Limit`, {
        ...common,
        device: formatDuration(locale, limit.ns),
        size: formatByteSize(locale, heavy.params.file),
      });
    return tr('compare.why.notCpuLimit', common);
  }
  if (elapsed >= SAME_TIME) {
    const [fast, slow] = tb <= ta ? [b, a] : [a, b];
    const copies = slow.totals.cpuCopies - fast.totals.cpuCopies;
    const switches = slow.totals.modeSwitches - fast.totals.modeSwitches;
    const fewer = copies > 0 || switches > 0;
    // The faster run may itself wait for a device: then the slower one is held up by its CPU work.
    const limit = limitOf(fast);
    const key = !fewer
      ? 'soonerOther'
      : limit
        ? `sooner${limit.device === 'wire' ? 'Wire' : 'Disk'}`
        : 'sooner';
    return tr(`compare.why.${key}`, {
      ...common,
      device: limit ? formatDuration(locale, limit.ns) : '',
      size: formatByteSize(locale, fast.params.file),
      cpuFast: formatDuration(locale, fast.totals.cpuBusyNs),
      cpuSlow: formatDuration(locale, slow.totals.cpuBusyNs),
      fast: fast.name,
      slow: slow.name,
      timeFast: formatDuration(locale, fast.totals.simTimeNs),
      timeSlow: formatDuration(locale, slow.totals.simTimeNs),
      copies: differenceWords(locale, 'cpuCopies', slow.totals.cpuCopies, fast.totals.cpuCopies),
      switches: differenceWords(locale, 'modeSwitches', slow.totals.modeSwitches, fast.totals.modeSwitches),
    });
  }
  // Neither time tells them apart: the counter whose values differ most, relative to the larger.
  let best: DifferenceRow | undefined;
  let bestShare = 0;
  for (const row of differenceRows(locale, a.totals, b.totals)) {
    if (row.sub || row.delta === 0) continue;
    const share = Math.abs(row.delta) / Math.max(Math.abs(row.a), Math.abs(row.b));
    if (share > bestShare) {
      best = row;
      bestShare = share;
    }
  }
  if (!best) return tr('compare.why.same', common);
  return tr('compare.why.counter', {
    ...common,
    counter: tr(`ui.counter.${best.key}`),
    words: best.words,
    a: a.name,
    b: b.name,
  });
}
