// The only ways the simulator may differ from the real-Linux fixtures: the machine-readable companion
// of docs/fidelity-differences.md (one `### id` section there per entry here, with the full reason).
import type { Fixture } from './fixture';

interface Rewrite {
  from: RegExp;
  to: string;
}

export interface IntendedDifference {
  /** The `### id` heading in docs/fidelity-differences.md. */
  id: string;
  /** Fixture names (file name without `.json`) the difference applies to. */
  fixtures: RegExp;
  field: 'strace' | 'pageFaults';
  reason: string;
  /** strace: lines matching this are dropped on both sides before comparing. */
  ignoreLines?: RegExp;
  /** strace: rewrites every line on both sides before comparing (in order, when a list). */
  rewrite?: Rewrite | readonly Rewrite[];
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
  {
    id: 'io-uring-params-struct',
    fixtures: /^io-uring\./,
    field: 'strace',
    reason:
      'strace decodes the whole io_uring_params the kernel filled in (features, ring offsets, which vary by kernel); the model prints the flags the program passed.',
    rewrite: {
      from: /^io_uring_setup\((\d+), \{flags=(\w+), .*\}\) = (\d+)$/,
      to: 'io_uring_setup($1, {flags=$2, ...}) = $3',
    },
  },
  {
    id: 'io-uring-mmap-offset-names',
    fixtures: /^io-uring\./,
    field: 'strace',
    reason:
      'strace prints the mmap offsets as numbers (0 and 0x10000000, which the normal form turns into ADDR); the model names them IORING_OFF_SQ_RING and IORING_OFF_SQES.',
    rewrite: [
      { from: /^(mmap\(NULL, \d+, [A-Z_|]+, [A-Z_|]+, 5, )0(?=\) = ADDR$)/, to: '$1IORING_OFF_SQ_RING' },
      { from: /^(mmap\(NULL, \d+, [A-Z_|]+, [A-Z_|]+, 5, )ADDR(?=\) = ADDR$)/, to: '$1IORING_OFF_SQES' },
    ],
  },
  {
    id: 'sqpoll-first-wakeup',
    fixtures: /^io-uring\..*sqpoll=on/,
    field: 'strace',
    reason:
      "In most captures liburing found IORING_SQ_NEED_WAKEUP set at the first submission, before the new SQ thread was polling, and woke it with one io_uring_enter(…, IORING_ENTER_SQ_WAKEUP); in others it made none. The model's SQ thread polls from io_uring_setup on, so the program makes no system call in the data path.",
    ignoreLines: /^io_uring_enter\(5, \d+, 0, IORING_ENTER_SQ_WAKEUP, NULL, 8\) = \d+$/,
  },
  {
    id: 'poll-revents',
    fixtures: /^msg-zerocopy\./,
    field: 'strace',
    reason: "strace appends the returned revents to poll()'s result; the model prints the result only.",
    rewrite: { from: / \(\[\{fd=4, revents=POLLERR\}\]\)$/, to: '' },
  },
  {
    id: 'errqueue-msghdr',
    fixtures: /^msg-zerocopy\./,
    field: 'strace',
    reason:
      "strace decodes the whole msghdr and sock_extended_err (lengths, ee_errno, ee_type, the empty offender address) with numbers for ee_origin and ee_code; the model prints the notification's origin, its ee_code when the kernel copied after all (SO_EE_CODE_ZEROCOPY_COPIED = 1, every loopback capture) and the range of sends ee_info..ee_data. A real notification with ee_code=0 is left as it is, so it would fail the comparison.",
    rewrite: {
      from: /^recvmsg\(4, \{msg_name=NULL, msg_namelen=0, msg_iov=NULL, msg_iovlen=0, msg_control=\[\{cmsg_len=48, cmsg_level=SOL_IP, cmsg_type=IP_RECVERR, cmsg_data=\{ee_errno=0, ee_origin=5, ee_type=0, ee_code=1, ee_info=(\d+), ee_data=(\d+), offender=\{sa_family=AF_UNSPEC, sa_data=buf\}\}\}\], msg_controllen=48, msg_flags=MSG_ERRQUEUE\}, MSG_ERRQUEUE\) = 0$/,
      to: 'recvmsg(4, {msg_control=[{cmsg_level=SOL_IP, cmsg_type=IP_RECVERR, cmsg_data={ee_origin=SO_EE_ORIGIN_ZEROCOPY, ee_code=SO_EE_CODE_ZEROCOPY_COPIED, ee_info=$1, ee_data=$2}}], ...}, MSG_ERRQUEUE) = 0',
    },
  },
];

/** Pure: a difference's rewrites as a list (none, one or several). */
export function rewritesOf(d: IntendedDifference): readonly Rewrite[] {
  if (d.rewrite === undefined) return [];
  return 'from' in d.rewrite ? [d.rewrite] : d.rewrite;
}

const applying = (name: string, field: IntendedDifference['field']): IntendedDifference[] =>
  INTENDED_DIFFERENCES.filter((d) => d.field === field && d.fixtures.test(name));

/** Pure: the strace lines of fixture `name` (real or simulated, normalised) with the listed differences applied. */
export function applyStraceDifferences(name: string, lines: readonly string[]): string[] {
  return applying(name, 'strace').reduce<string[]>(
    (acc, d) => {
      const rewrites = rewritesOf(d);
      return acc
        .filter((l) => !d.ignoreLines?.test(l))
        .map((l) => rewrites.reduce((line, r) => line.replace(r.from, r.to), l));
    },
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
