import { REAL_SYSTEM_IDS } from './realSystemIds';

/** The canonical scenarios of DESIGN §4 (and issue 16's recv-write and file-copy), in gallery order. */
export const SCENARIO_IDS = [
  'syscall',
  'read-write',
  'mmap-write',
  'sendfile',
  'splice',
  'direct-io',
  'cow-fork',
  'kernel-access',
  'recv-write',
  'file-copy',
  // Issue 17.
  'copy-file-range',
  'vmsplice',
  // Issue 17: modern Linux I/O.
  'io-uring',
  'msg-zerocopy',
  // Issue 18: the "Real systems" shelf.
  ...REAL_SYSTEM_IDS,
] as const;
export type ScenarioId = (typeof SCENARIO_IDS)[number];

export function isScenarioId(s: string): s is ScenarioId {
  return (SCENARIO_IDS as readonly string[]).includes(s);
}
