import { GiB, KiB, MAX_RW_COUNT, MiB } from './units';
import type { ScenarioId } from './scenarioIds';
import { DEFAULT_PRESET, PRESET_IDS, type PresetId } from './presets/presetIds';
import { parseCostOverrides } from './presets/costOverrides';

/** Every parameter of DESIGN §4, resolved (defaults applied). */
export interface Params {
  readonly file: number;
  readonly buf: number;
  readonly page: 4096 | 16384 | 65536;
  readonly cache: 'cold' | 'warm';
  readonly sg: 'on' | 'off';
  readonly loop: 'size' | 'eof';
  readonly arch: 'x86_64' | 'i386';
  /** Rule 1's readahead window in pages, or `linux`: Linux's on-demand readahead (kernel/readahead.ts). */
  readonly ra: number | 'linux';
  readonly fa: number;
  readonly align: number;
  readonly bufoff: number;
  readonly pages: number;
  /** Rule 10: the socket's send-buffer limit (sk_sndbuf), bytes. */
  readonly sndbuf: number;
  /** Rule 10: tcp_autocorking — a call made while data still waits appends to the unsent tail skb. */
  readonly autocork: 'off' | 'on';
  /** The cost model (issue 15): a named preset of ns per event. It changes times, never the data path. */
  readonly preset: PresetId;
  /** Single costs set on top of the preset, "name:value,…" in canonical order ("" = none). */
  readonly costs: string;
  /** Issue 16: how the written file reaches the disk (fsync at the end, O_SYNC, O_DIRECT, or not at all). */
  readonly sync: 'none' | 'fsync' | 'osync' | 'direct';
  /** file-copy: how the bytes get from the source file to the destination file. */
  readonly method: 'rw' | 'mmap' | 'sendfile' | 'splice' | 'copy_file_range';
  /** recv-write: TCP maximum segment size of the peer's frames, bytes. */
  readonly mss: number;
  /** recv-write: frames the NIC gathers before it raises an RX interrupt (ethtool -C rx-frames). */
  readonly coalesce: number;
  /** The flusher writes back pages dirty for this long, ms (vm.dirty_expire_centisecs × 10). */
  readonly expire: number;
  /** Issue 17, ra=linux: the device's read_ahead_kb (ra_pages = rakb / 4 with 4 KiB pages). */
  readonly rakb: number;
  /** Issue 17, copy_file_range: the file system (ext4 splices page cache to page cache; xfs, btrfs reflink). */
  readonly fs: 'ext4' | 'xfs' | 'btrfs';
  /** Issue 17, io-uring: SQEs handed to the kernel per io_uring_enter (or per submission with SQPOLL). */
  readonly batch: number;
  /** io-uring: a kernel thread (IORING_SETUP_SQPOLL) polls the SQ, so submitting needs no system call. */
  readonly sqpoll: 'off' | 'on';
  /** io-uring: the send opcode of each read → send pair (IORING_OP_SEND copies, IORING_OP_SEND_ZC pins). */
  readonly op: 'send' | 'send_zc';
  /** msg-zerocopy: a NIC that DMAs from the pinned pages, or loopback, where the kernel copies anyway. */
  readonly nic: 'real' | 'loopback';
  /** netty-send (issue 18): DefaultFileRegion (sendfile), a heap ByteBuf or a direct ByteBuf. */
  readonly mode: 'fileregion' | 'heap' | 'direct';
  /** nginx-static (issue 18): nginx's `sendfile on|off`. */
  readonly sendfile: 'on' | 'off';
  /** kafka-fetch (issue 18): consumers fetching the same log segment, each on its own connection. */
  readonly consumers: number;
  /**
   * kafka-fetch (issue 18): the most one fetch response carries (the consumer's max.partition.fetch.bytes):
   * the segment goes out in one FileChannel.transferTo per fetch.
   */
  readonly fetch: number;
  /** nginx-static (issue 18): `directio` — the file is read with O_DIRECT into an aligned output buffer. */
  readonly directio: 'off' | 'on';
  /** nginx-static (issue 18): `tcp_nopush` — TCP_CORK around the header and the sendfile'd body. */
  readonly nopush: 'off' | 'on';
  /** rocketmq-commitlog (issue 18): the broker serving a consumer, or storing a producer's messages. */
  readonly side: 'consumer' | 'producer';
}
export type ParamName = keyof Params;

export const DEFAULT_PARAMS: Params = Object.freeze({
  file: 4096,
  buf: 4096,
  page: 4096,
  cache: 'cold',
  sg: 'on',
  loop: 'size',
  arch: 'x86_64',
  ra: 32,
  fa: 16,
  align: 512,
  bufoff: 0,
  pages: 4,
  sndbuf: 4 * MiB,
  autocork: 'off',
  preset: DEFAULT_PRESET,
  costs: '',
  sync: 'none',
  method: 'rw',
  mss: 1448,
  coalesce: 1,
  expire: 30000,
  rakb: 128,
  fs: 'ext4',
  batch: 32,
  sqpoll: 'off',
  op: 'send',
  nic: 'real',
  mode: 'fileregion',
  sendfile: 'on',
  consumers: 1,
  fetch: 1048576,
  side: 'consumer',
  directio: 'off',
  nopush: 'off',
});

interface SizeSpec {
  readonly kind: 'size' | 'count';
  readonly min: number;
  readonly max: number;
  readonly pow2?: boolean;
  readonly oneOf?: readonly number[];
  /** Words the parameter also accepts besides numbers (ra: `linux`). */
  readonly words?: readonly string[];
}
interface ChoiceSpec {
  readonly kind: 'choice';
  readonly values: readonly string[];
}
/** The `costs` overrides: "name:value" pairs of the cost model (presets/costOverrides.ts). */
interface CostsSpec {
  readonly kind: 'costs';
}
export type ParamSpec = SizeSpec | ChoiceSpec | CostsSpec;

/** Allowed values of every parameter; the UI's inline validation and the CLI read the same table. */
export const PARAM_SPECS: { readonly [K in ParamName]: ParamSpec } = {
  file: { kind: 'size', min: 1, max: 16 * GiB },
  buf: { kind: 'size', min: 1, max: MAX_RW_COUNT },
  page: { kind: 'size', min: 4096, max: 65536, oneOf: [4096, 16384, 65536] },
  cache: { kind: 'choice', values: ['cold', 'warm'] },
  sg: { kind: 'choice', values: ['on', 'off'] },
  loop: { kind: 'choice', values: ['size', 'eof'] },
  arch: { kind: 'choice', values: ['x86_64', 'i386'] },
  ra: { kind: 'count', min: 1, max: 4096, words: ['linux'] },
  fa: { kind: 'count', min: 1, max: 512, pow2: true },
  align: { kind: 'size', min: 1, max: 4096, pow2: true },
  bufoff: { kind: 'size', min: 0, max: 65535 },
  pages: { kind: 'count', min: 1, max: 64 },
  sndbuf: { kind: 'size', min: 4 * KiB, max: 16 * MiB },
  autocork: { kind: 'choice', values: ['off', 'on'] },
  preset: { kind: 'choice', values: PRESET_IDS },
  costs: { kind: 'costs' },
  sync: { kind: 'choice', values: ['none', 'fsync', 'osync', 'direct'] },
  method: { kind: 'choice', values: ['rw', 'mmap', 'sendfile', 'splice', 'copy_file_range'] },
  mss: { kind: 'size', min: 536, max: 65483 },
  coalesce: { kind: 'count', min: 1, max: 256 },
  expire: { kind: 'count', min: 0, max: 600000 },
  rakb: { kind: 'count', min: 4, max: 65536 },
  fs: { kind: 'choice', values: ['ext4', 'xfs', 'btrfs'] },
  batch: { kind: 'count', min: 1, max: 256 },
  sqpoll: { kind: 'choice', values: ['off', 'on'] },
  op: { kind: 'choice', values: ['send', 'send_zc'] },
  nic: { kind: 'choice', values: ['real', 'loopback'] },
  mode: { kind: 'choice', values: ['fileregion', 'heap', 'direct'] },
  sendfile: { kind: 'choice', values: ['on', 'off'] },
  consumers: { kind: 'count', min: 1, max: 7 },
  fetch: { kind: 'size', min: 1, max: MAX_RW_COUNT },
  side: { kind: 'choice', values: ['consumer', 'producer'] },
  directio: { kind: 'choice', values: ['off', 'on'] },
  nopush: { kind: 'choice', values: ['off', 'on'] },
};
export const PARAM_NAMES = Object.keys(PARAM_SPECS) as ParamName[];

/** Which parameters change what a scenario does (the UI shows only these; the URL keeps only these). */
export const SCENARIO_PARAMS: { readonly [S in ScenarioId]: readonly ParamName[] } = {
  syscall: ['arch', 'preset', 'costs'],
  'read-write': [
    'file',
    'buf',
    'page',
    'cache',
    'loop',
    'ra',
    'rakb',
    'sndbuf',
    'autocork',
    'preset',
    'costs',
  ],
  'mmap-write': [
    'file',
    'page',
    'cache',
    'arch',
    'ra',
    'rakb',
    'fa',
    'sndbuf',
    'autocork',
    'preset',
    'costs',
  ],
  sendfile: ['file', 'page', 'cache', 'sg', 'loop', 'ra', 'rakb', 'sndbuf', 'autocork', 'preset', 'costs'],
  splice: ['file', 'page', 'cache', 'sg', 'loop', 'ra', 'rakb', 'sndbuf', 'autocork', 'preset', 'costs'],
  'direct-io': [
    'file',
    'buf',
    'page',
    'cache',
    'loop',
    'align',
    'bufoff',
    'sndbuf',
    'autocork',
    'preset',
    'costs',
  ],
  'cow-fork': ['page', 'pages', 'arch', 'preset', 'costs'],
  'kernel-access': ['arch', 'preset', 'costs'],
  'recv-write': [
    'file',
    'buf',
    'page',
    'loop',
    'sync',
    'mss',
    'coalesce',
    'align',
    'expire',
    'preset',
    'costs',
  ],
  'file-copy': [
    'file',
    'buf',
    'page',
    'cache',
    'method',
    'sync',
    'ra',
    'fa',
    'align',
    'expire',
    'fs',
    'rakb',
    'preset',
    'costs',
  ],
  // Issue 17.
  'copy-file-range': ['file', 'page', 'cache', 'fs', 'sync', 'ra', 'rakb', 'expire', 'preset', 'costs'],
  vmsplice: ['file', 'page', 'sndbuf', 'autocork', 'preset', 'costs'],
  'io-uring': [
    'file',
    'buf',
    'page',
    'cache',
    'batch',
    'sqpoll',
    'op',
    'ra',
    'rakb',
    'sndbuf',
    'preset',
    'costs',
  ],
  'msg-zerocopy': ['file', 'buf', 'page', 'nic', 'sndbuf', 'preset', 'costs'],
  // Issue 18: the "Real systems" shelf.
  'kafka-fetch': ['file', 'page', 'cache', 'sg', 'ra', 'sndbuf', 'consumers', 'fetch', 'preset', 'costs'],
  'netty-send': ['file', 'buf', 'page', 'cache', 'sg', 'mode', 'ra', 'sndbuf', 'autocork', 'preset', 'costs'],
  // side=producer reads the messages in buf-sized reads from a peer (mss) and stores them into the mapping.
  'rocketmq-commitlog': [
    'file',
    'page',
    'cache',
    'side',
    'ra',
    'fa',
    'sndbuf',
    'buf',
    'mss',
    'preset',
    'costs',
  ],
  'nginx-static': [
    'file',
    'buf',
    'page',
    'cache',
    'sg',
    'sendfile',
    'directio',
    'nopush',
    'ra',
    'sndbuf',
    'autocork',
    'preset',
    'costs',
  ],
};

const SUFFIX: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** Parses "4096", "4k", "1m", "16g" (binary suffixes). Returns undefined for anything else. */
export function parseSize(text: string): number | undefined {
  const m = /^\s*(\d{1,12})\s*([kmg]?)(?:i?b)?\s*$/i.exec(text);
  if (!m) return undefined;
  const value = Number(m[1]) * (SUFFIX[(m[2] ?? '').toLowerCase()] ?? 1);
  return Number.isSafeInteger(value) ? value : undefined;
}

/** Describes the allowed range of a parameter in words, for error messages. */
export function describeRange(name: ParamName): string {
  const spec = PARAM_SPECS[name];
  if (spec.kind === 'choice') return `one of ${spec.values.join(', ')}`;
  if (spec.kind === 'costs')
    return 'name:value pairs separated by commas, names from the cost model (e.g. refMove:5000)';
  if (spec.oneOf) return `one of ${spec.oneOf.join(', ')}`;
  const unit = spec.kind === 'size' ? ' (k, m, g suffixes allowed)' : '';
  const words = spec.words ? ` or ${spec.words.join(', ')}` : '';
  return `${spec.pow2 ? 'a power of two ' : 'an integer '}from ${spec.min} to ${spec.max}${unit}${words}`;
}

/**
 * Why a value was refused, as data: `code` names the problem and the other fields are its plain values, so
 * a UI can say it in any language (the English `error` text stays for the CLI).
 */
export type ParamProblem =
  | { readonly code: 'unknownScenario'; readonly value: string; readonly known: string }
  | { readonly code: 'unknownParam'; readonly name: string; readonly known: string }
  | { readonly code: 'notNumber' | 'notAllowed'; readonly name: ParamName; readonly value: string }
  | {
      readonly code: 'outOfRange' | 'notPowerOfTwo';
      readonly name: ParamName;
      readonly value: string;
      readonly min: number;
      readonly max: number;
    }
  | {
      readonly code: 'belowPage' | 'atMostPage';
      readonly name: 'bufoff' | 'align';
      readonly value: number;
      readonly page: number;
    }
  | {
      readonly code: 'pageNotOnArch';
      readonly name: 'page';
      readonly value: number;
      readonly arch: Params['arch'];
      readonly allowed: string;
    }
  | {
      // Issue 16: file-copy models O_DIRECT writes from the user buffer (method=rw) only.
      readonly code: 'directNeedsRw';
      readonly name: 'sync';
      readonly value: 'direct';
      readonly method: Params['method'];
    }
  | {
      readonly code: 'tooManySteps' | 'tooManyStepsBuf';
      readonly name: 'file';
      readonly value: number;
      readonly steps: number;
      readonly max: number;
    };
export type ParamProblemCode = ParamProblem['code'];

/** Every ParamProblem code, so a UI can check it has a message for each (tests/i18n). */
export const PARAM_PROBLEM_CODES = [
  'unknownScenario',
  'unknownParam',
  'notNumber',
  'notAllowed',
  'outOfRange',
  'notPowerOfTwo',
  'belowPage',
  'atMostPage',
  'pageNotOnArch',
  'tooManySteps',
  'tooManyStepsBuf',
  'directNeedsRw',
] as const satisfies readonly ParamProblemCode[];
// A compile error here means a code was added to ParamProblem but not to the list.
const allCodesListed: Exclude<ParamProblemCode, (typeof PARAM_PROBLEM_CODES)[number]> extends never
  ? true
  : never = true;
void allCodesListed;

export type ParamResult<T> =
  | { readonly ok: true; readonly value: T }
  | {
      readonly ok: false;
      readonly error: string;
      readonly param?: ParamName;
      readonly problem: ParamProblem;
    };

/** Shows a piece of untrusted input in a message: at most 40 characters. */
export function clip(raw: string): string {
  return raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
}

/** Validates one raw parameter value against its spec. Pure. */
export function parseParam(name: ParamName, raw: string): ParamResult<Params[ParamName]> {
  const spec = PARAM_SPECS[name];
  const value = clip(raw);
  const bad = (why: string, problem: ParamProblem): ParamResult<never> => ({
    ok: false,
    param: name,
    error: `bad value for ${name}: "${value}" ${why}; allowed: ${describeRange(name)}`,
    problem,
  });
  if (spec.kind === 'costs') {
    const parsed = parseCostOverrides(raw);
    return parsed
      ? { ok: true, value: parsed.text }
      : bad('is not allowed', { code: 'notAllowed', name, value });
  }
  if (spec.kind === 'choice') {
    return spec.values.includes(raw)
      ? { ok: true, value: raw as Params[ParamName] }
      : bad('is not allowed', { code: 'notAllowed', name, value });
  }
  if (spec.words?.includes(raw)) return { ok: true, value: raw as Params[ParamName] };
  const n = spec.kind === 'size' ? parseSize(raw) : /^\s*\d{1,12}\s*$/.test(raw) ? Number(raw) : undefined;
  const { min, max } = spec;
  // A negative number is a number, just below every range ("-1" is out of range, not "not a number").
  const negative = /^\s*-\s*\d/.test(raw);
  if (negative) return bad('is out of range', { code: 'outOfRange', name, value, min, max });
  if (n === undefined) return bad('is not a number', { code: 'notNumber', name, value });
  if (n < min || n > max) return bad('is out of range', { code: 'outOfRange', name, value, min, max });
  if (spec.pow2 && (n & (n - 1)) !== 0) {
    return bad('is not a power of two', { code: 'notPowerOfTwo', name, value, min, max });
  }
  if (spec.oneOf && !spec.oneOf.includes(n))
    return bad('is not allowed', { code: 'notAllowed', name, value });
  return { ok: true, value: n as Params[ParamName] };
}
