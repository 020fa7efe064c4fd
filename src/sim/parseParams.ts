import {
  DEFAULT_PARAMS,
  PARAM_NAMES,
  SCENARIO_PARAMS,
  clip,
  parseParam,
  type ParamName,
  type ParamProblem,
  type Params,
} from './params';
import { ioSteps } from './ioSteps';
import { diskRequestsAtMost } from './kernel/readahead';
import { uringSteps } from './uringSteps';
import { isScenarioId, SCENARIO_IDS, type ScenarioId } from './scenarioIds';
import { MAX_RW_COUNT } from './units';

/**
 * Base page sizes each modelled architecture has. x86 (both modes) has 4 KiB base pages only; 16 KiB and
 * 64 KiB are arm64 translation granules, and arm64 is not modelled, so `page` above 4096 is refused.
 */
export const BASE_PAGE_SIZES: { readonly [A in Params['arch']]: readonly number[] } = {
  x86_64: [4096],
  i386: [4096],
};

/** Above this many steps a trace would not fit the memory budget; the user is asked to change parameters. */
export const MAX_STEPS = 6_000_000;

/**
 * Steps per skb at most (rule 10): the copy or reference into it, a linearising copy (sg=off), the NIC DMA
 * start and done, the TX-completion interrupt's entry and exit, and the ACK's interrupt, tcp_ack and exit —
 * plus a share of a sleep in sk_stream_wait_memory (block, two switches, wake).
 */
const STEPS_PER_SKB = 14;
const SKB_BYTES = 65536;
/** SKB_OVERHEAD of the socket model: a small sndbuf also limits how much one skb can take. */
const SKB_CHARGE = 1024;

interface SkbModel {
  /** Steps of a read()+write() or splice pair besides its skbs: the calls' entries, exits and own work. */
  readonly typical: boolean;
  /** Steps one skb costs. */
  readonly perSkb: number;
  /** Payload of a typical skb. */
  readonly skbBytes: number;
  /** Steps a sendfile round or splice call may add by starting an skb of its own. */
  readonly perRound: number;
}

/** A rough upper bound of the steps a scenario will produce, from its loop counts. Pure. */
export function estimateSteps(scenario: ScenarioId, p: Params): number {
  // A writer woken when half the buffer is free fills it in skbs of about half the buffer.
  const skbBytes = Math.min(SKB_BYTES, Math.max(512, (p.sndbuf - 2 * SKB_CHARGE) / 2));
  return stepsFor(scenario, p, { typical: false, perSkb: STEPS_PER_SKB, skbBytes, perRound: STEPS_PER_SKB });
}

/**
 * The steps a run is expected to take, for progress bars: the same loop counts as estimateSteps with a
 * typical skb (full size, no sleep) instead of the worst one. Pure; usually within a few per cent.
 */
export function expectedSteps(scenario: ScenarioId, p: Params): number {
  const linearise = p.sg === 'off' && (scenario === 'sendfile' || scenario === 'splice') ? 1 : 0;
  const skbBytes = Math.min(SKB_BYTES, p.sndbuf - SKB_CHARGE);
  return stepsFor(scenario, p, { typical: true, perSkb: 8 + linearise, skbBytes, perRound: 0 });
}

function stepsFor(scenario: ScenarioId, p: Params, m: SkbModel): number {
  const pages = Math.ceil(p.file / p.page);
  const disk = p.cache === 'cold' ? diskRequestsAtMost(p, pages) * 8 : 0;
  const skbs = (bytes: number, per: number) => Math.ceil(bytes / Math.min(per, m.skbBytes)) * m.perSkb;
  switch (scenario) {
    case 'read-write':
    case 'direct-io': {
      const calls = Math.ceil(p.file / p.buf);
      const perCall = scenario === 'direct-io' ? (m.typical ? 12 : 14) : m.typical ? 5 : 7;
      const perCallSkbs = Math.ceil(Math.min(p.buf, p.file) / m.skbBytes) * m.perSkb;
      return calls * (perCall + perCallSkbs) + disk + 8;
    }
    case 'mmap-write':
      return (
        Math.ceil(pages / p.fa) * 3 +
        Math.ceil(p.file / MAX_RW_COUNT) * 8 +
        skbs(p.file, SKB_BYTES) +
        disk +
        16
      );
    case 'sendfile':
      // Each 16-page round through the internal pipe may also start a new skb.
      return (
        Math.ceil(p.file / MAX_RW_COUNT) * 8 +
        skbs(p.file, 16 * p.page) +
        Math.ceil(p.file / (16 * p.page)) * m.perRound +
        disk +
        8
      );
    case 'splice':
      return Math.ceil(p.file / 65536) * ((m.typical ? 5 : 8) + m.perRound) + skbs(p.file, 65536) + disk + 8;
    case 'recv-write':
    case 'file-copy':
    case 'copy-file-range':
      return ioSteps(scenario, p);
    case 'vmsplice':
      // Each round: vmsplice and splice (entries, exits, the references), and its skbs.
      return Math.ceil(p.file / 65536) * ((m.typical ? 6 : 8) + m.perRound) + skbs(p.file, 65536) + 8;
    case 'io-uring':
    case 'msg-zerocopy':
      return uringSteps(scenario, p);
    // Issue 18: each real system's data path is one of the canonical ones, plus a few opaque calls; netty's
    // heap mode adds two user copies per chunk, nginx's sendfile off is read + write with a smaller count.
    case 'kafka-fetch':
      // Each fetch response (at most `fetch` bytes) is an fstat and a sendfile.
      return (stepsFor('sendfile', p, m) + 4 * Math.ceil(p.file / p.fetch)) * p.consumers;
    case 'netty-send':
      if (p.mode === 'fileregion') return stepsFor('sendfile', p, m) + 4;
      return stepsFor('read-write', p, m) + (p.mode === 'heap' ? 2 * Math.ceil(p.file / p.buf) : 0) + 4;
    case 'rocketmq-commitlog':
      // The producer receives like recv-write, then each page's first store faults (3 steps) before its copy.
      if (p.side === 'producer') return ioSteps('recv-write', p) + Math.ceil(p.file / p.page) * 4 + 16;
      return stepsFor('mmap-write', p, m) + 4;
    case 'nginx-static':
      // directio reads by DMA into the buffer as direct-io does, then writev copies it out.
      if (p.directio === 'on') return stepsFor('direct-io', p, m) + 24;
      return (p.sendfile === 'on' ? stepsFor('sendfile', p, m) : stepsFor('read-write', p, m)) + 16;
    default:
      return 64;
  }
}

export type ParseResult =
  | { readonly ok: true; readonly params: Params }
  | {
      readonly ok: false;
      readonly error: string;
      readonly param?: string;
      /** The same refusal as data, for messages in other languages. */
      readonly problem: ParamProblem;
    };

/**
 * Validates raw parameters (CLI flags, URL fields) for a scenario. Unknown names, malformed or out-of-range
 * values and parameter sets too large to simulate are refused with a message naming the parameter, the
 * value and the allowed range. Pure.
 */
export function parseParams(scenario: string, raw: Readonly<Record<string, string>>): ParseResult {
  if (!isScenarioId(scenario)) {
    const known = SCENARIO_IDS.join(', ');
    return {
      ok: false,
      error: `unknown scenario "${scenario.slice(0, 40)}"; known: ${known}`,
      problem: { code: 'unknownScenario', value: clip(scenario), known },
    };
  }
  const out: Record<string, unknown> = { ...DEFAULT_PARAMS };
  for (const [name, value] of Object.entries(raw)) {
    if (!(PARAM_NAMES as string[]).includes(name)) {
      const known = PARAM_NAMES.join(', ');
      return {
        ok: false,
        param: name,
        error: `unknown parameter "${name.slice(0, 40)}"; known: ${known}`,
        problem: { code: 'unknownParam', name: clip(name), known },
      };
    }
    const r = parseParam(name as ParamName, value);
    if (!r.ok) return r;
    out[name] = r.value;
  }
  const params = out as unknown as Params;
  const limit = checkLimits(scenario, params);
  return limit ? { ok: false, param: 'file', ...limit } : { ok: true, params };
}

function checkPageSize(p: Params): { param: 'page'; error: string; problem: ParamProblem } | undefined {
  const sizes = BASE_PAGE_SIZES[p.arch];
  if (sizes.includes(p.page)) return undefined;
  const allowed = sizes.join(', ');
  return {
    param: 'page',
    error: `bad value for page: "${p.page}" is not a base page size on ${p.arch}, which has ${allowed}-byte pages only (16 KiB and 64 KiB pages are arm64 granules; arm64 is not modelled)`,
    problem: { code: 'pageNotOnArch', name: 'page', value: p.page, arch: p.arch, allowed },
  };
}

function checkLimits(
  scenario: ScenarioId,
  p: Params,
): { readonly param?: string; readonly error: string; readonly problem: ParamProblem } | undefined {
  const pageSize = checkPageSize(p);
  if (pageSize) return pageSize;
  const { bufoff, align, page, file } = p;
  if (bufoff >= page) {
    return {
      error: `bad value for bufoff: "${bufoff}" must be below page (${page})`,
      problem: { code: 'belowPage', name: 'bufoff', value: bufoff, page },
    };
  }
  if (align > page) {
    return {
      error: `bad value for align: "${align}" must not exceed page (${page})`,
      problem: { code: 'atMostPage', name: 'align', value: align, page },
    };
  }
  // file-copy models O_DIRECT writes from the user buffer only (method=rw); copy-file-range has none.
  const method = scenario === 'copy-file-range' ? 'copy_file_range' : p.method;
  if (
    (scenario === 'file-copy' || scenario === 'copy-file-range') &&
    p.sync === 'direct' &&
    method !== 'rw'
  ) {
    return {
      param: 'sync',
      error: `bad value for sync: "direct" is modelled for file-copy with method=rw only (not ${method})`,
      problem: { code: 'directNeedsRw', name: 'sync', value: 'direct', method },
    };
  }
  const steps = estimateSteps(scenario, p);
  if (steps > MAX_STEPS) {
    const buf = SCENARIO_PARAMS[scenario].includes('buf');
    const hint = buf ? 'raise buf or lower file' : 'lower file';
    return {
      error: `file=${file} with these parameters needs about ${steps.toLocaleString('en-US')} steps; the limit is ${MAX_STEPS.toLocaleString('en-US')} (${hint})`,
      problem: {
        code: buf ? 'tooManyStepsBuf' : 'tooManySteps',
        name: 'file',
        value: file,
        steps,
        max: MAX_STEPS,
      },
    };
  }
  return undefined;
}
