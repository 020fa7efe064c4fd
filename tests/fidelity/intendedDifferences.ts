// The only ways the simulator may differ from the real-Linux fixtures: the machine-readable companion
// of docs/fidelity-differences.md (one `### id` section there per entry here, with the full reason).
import type { Fixture } from './fixture';

export interface IntendedDifference {
  /** The `### id` heading in docs/fidelity-differences.md. */
  id: string;
  /** Fixture names (file name without `.json`) the difference applies to. */
  fixtures: RegExp;
  field: 'strace' | 'pageFaults';
  reason: string;
  /** strace: lines matching this are dropped on both sides before comparing. */
  ignoreLines?: RegExp;
  /** strace: rewrites every line on both sides before comparing. */
  rewrite?: { from: RegExp; to: string };
  /** pageFaults: the total the simulator must count, derived from the capture. */
  simPageFaults?: (fixture: Fixture) => number;
}

const sumSteps = (f: Fixture): number => (f.pageFaultSteps ?? []).reduce((n, s) => n + s.minor + s.major, 0);

export const INTENDED_DIFFERENCES: readonly IntendedDifference[] = [
  {
    id: 'mmap-aligned-hint',
    fixtures: /^(mmap-write\.|file-copy\..*method=mmap)/,
    field: 'strace',
    reason:
      'The capture passes a free 64 KiB-aligned address as a hint, so its faults match the model, which maps at an fa-aligned address; the program text passes NULL.',
    rewrite: { from: /^mmap\(ADDR, /, to: 'mmap(NULL, ' },
  },
  {
    id: 'fork-child-robust-list',
    fixtures: /^cow-fork\./,
    field: 'strace',
    reason:
      "glibc's fork() makes the child re-register its robust-futex list (set_robust_list) before returning; the model has no C library.",
    ignoreLines: /^\[pid P2\] set_robust_list\(/,
  },
  {
    id: 'fork-incidental-faults',
    fixtures: /^cow-fork\./,
    field: 'pageFaults',
    reason:
      "Real fork() also takes CoW faults on the stack, libc data and the CLONE_CHILD_SETTID word in both processes; the model's counter holds the faults of the program's own writes, which the capture measures store by store.",
    simPageFaults: sumSteps,
  },
  {
    id: 'segv-fault-not-in-rusage',
    fixtures: /^kernel-access\./,
    field: 'pageFaults',
    reason:
      'getrusage counts faults that handle_mm_fault() resolved (mm_account_fault); a ring-3 access to a kernel address is refused before that, so ru_minflt/ru_majflt stay 0 although the CPU raised #PF, which the model counts.',
    simPageFaults: (f) => f.pageFaults.minor + f.pageFaults.major + 1,
  },
];

const applying = (name: string, field: IntendedDifference['field']): IntendedDifference[] =>
  INTENDED_DIFFERENCES.filter((d) => d.field === field && d.fixtures.test(name));

/** Pure: the strace lines of fixture `name` (real or simulated, normalised) with the listed differences applied. */
export function applyStraceDifferences(name: string, lines: readonly string[]): string[] {
  return applying(name, 'strace').reduce<string[]>(
    (acc, d) =>
      acc
        .filter((l) => !d.ignoreLines?.test(l))
        .map((l) => (d.rewrite ? l.replace(d.rewrite.from, d.rewrite.to) : l)),
    [...lines],
  );
}

/** Pure: the page-fault total the simulator must report for fixture `name`. */
export function expectedPageFaults(name: string, fixture: Fixture): number {
  const rules = applying(name, 'pageFaults');
  if (rules.length > 1) throw new Error(`${name}: more than one pageFaults difference applies`);
  const rule = rules[0];
  return rule?.simPageFaults
    ? rule.simPageFaults(fixture)
    : fixture.pageFaults.minor + fixture.pageFaults.major;
}
