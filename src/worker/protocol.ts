import type { MachineState, Params, ProgramProblem, ScenarioId, Trace } from '../sim/index';
import type { LogIndex } from './logIndex';

/**
 * A program of the user's own, run instead of the scenario's (docs/language.md): its text is the whole input,
 * the parameters being its constants. The scenario stays the one it was copied from (what the views draw).
 */
export interface ProgramInput {
  readonly text: string;
}

/** Main thread → worker: build this run (the scenario's program, or `program` when given). */
export interface BuildRequest {
  readonly type: 'build';
  readonly id: number;
  readonly scenario: ScenarioId;
  readonly params: Params;
  readonly program?: ProgramInput;
}

/**
 * A trace as it crosses to the main thread. The typed arrays are transferred; the counter checkpoints travel
 * as one array; the machine checkpoints (thousands of small object graphs, whose decoding and collection
 * would block the main thread) as JSON text in pages, decoded a page at a time when a step there is shown.
 */
export interface PackedTrace extends Omit<Trace, 'checkpoints' | 'counterCheckpoints'> {
  /** Every counter checkpoint, one after another, `counterWidth` numbers each. */
  readonly counters: Float64Array;
  readonly counterWidth: number;
  readonly checkpointCount: number;
}

/**
 * Checkpoints CHECKPOINT_PAGE at a time, each page a JSON array, as UTF-8 in one transferred buffer: page i is
 * `bytes[ends[i-1] .. ends[i])`. Moving it costs the main thread nothing; a page is decoded when first read.
 */
export interface CheckpointPages {
  readonly bytes: Uint8Array;
  readonly ends: Int32Array;
}

/** Worker → main thread, about build `id`. */
export type BuildReply =
  | { readonly type: 'progress'; readonly id: number; readonly steps: number }
  /** The trace's strace log and its checkpoints: each a message of its own, as their text takes a while to decode. */
  | { readonly type: 'log'; readonly id: number; readonly log: LogIndex }
  | { readonly type: 'checkpoints'; readonly id: number; readonly pages: CheckpointPages }
  | { readonly type: 'done'; readonly id: number; readonly trace: PackedTrace }
  /** `problem`: a program that does not parse, check or run, with its line and column. */
  | {
      readonly type: 'failed';
      readonly id: number;
      readonly message: string;
      readonly problem?: ProgramProblem;
    };

/** Checkpoints per page: decoding one (on the first seek into it) takes about a millisecond. */
export const CHECKPOINT_PAGE = 16;

// JSON has no Infinity or NaN: such numbers travel as {"$num": "Infinity"}, in a page marked with a leading
// '!' so that only such pages pay for a reviver.
const ODD = '!';
function encodePage(checkpoints: readonly MachineState[]): string {
  let odd = false;
  const text = JSON.stringify(checkpoints, (_key, v: unknown) => {
    if (typeof v !== 'number' || Number.isFinite(v)) return v;
    odd = true;
    return { $num: String(v) };
  });
  return odd ? ODD + text : text;
}
function decodePage(page: string): MachineState[] {
  if (!page.startsWith(ODD)) return JSON.parse(page) as MachineState[];
  return JSON.parse(page.slice(1), (_key, v: unknown) =>
    v !== null && typeof v === 'object' && '$num' in v ? Number((v as { $num: string }).$num) : v,
  ) as MachineState[];
}

/**
 * Splits a trace for posting: the packed trace, its checkpoint pages, and the packed trace's buffers to transfer
 * (every column chunk, group and the counters: moved, not copied). Pure.
 */
export function packTrace(trace: Trace): {
  readonly packed: PackedTrace;
  readonly pages: CheckpointPages;
  readonly transfer: ArrayBuffer[];
} {
  const { checkpoints, counterCheckpoints, ...rest } = trace;
  const counterWidth = counterCheckpoints[0]?.length ?? 0;
  const counters = new Float64Array(counterCheckpoints.length * counterWidth);
  counterCheckpoints.forEach((c, i) => counters.set(c, i * counterWidth));
  const encoder = new TextEncoder();
  const encoded: Uint8Array[] = [];
  for (let i = 0; i < checkpoints.length; i += CHECKPOINT_PAGE) {
    encoded.push(encoder.encode(encodePage(checkpoints.slice(i, i + CHECKPOINT_PAGE))));
  }
  const pages = {
    bytes: new Uint8Array(encoded.reduce((n, e) => n + e.length, 0)),
    ends: new Int32Array(encoded.length),
  };
  let at = 0;
  encoded.forEach((e, i) => {
    pages.bytes.set(e, at);
    at += e.length;
    pages.ends[i] = at;
  });
  // The packed trace's own buffers; the pages' go with the message that carries them.
  const transfer: ArrayBuffer[] = [counters.buffer];
  for (const chunk of trace.columns.chunks) {
    for (const column of Object.values(chunk) as ArrayBufferView[])
      transfer.push(column.buffer as ArrayBuffer);
  }
  for (const group of Object.values(trace.groups) as Int32Array[]) transfer.push(group.buffer as ArrayBuffer);
  return {
    packed: { ...rest, counters, counterWidth, checkpointCount: checkpoints.length },
    pages,
    transfer,
  };
}

/** An array of `count` checkpoints that decodes a page the first time one of its entries is read. */
function lazyCheckpoints({ bytes, ends }: CheckpointPages, count: number): readonly MachineState[] {
  const decoder = new TextDecoder();
  const decoded: (readonly MachineState[] | undefined)[] = [];
  const text = (page: number) => decoder.decode(bytes.subarray(page > 0 ? ends[page - 1]! : 0, ends[page]!));
  const at = (i: number): MachineState | undefined => {
    const page = Math.floor(i / CHECKPOINT_PAGE);
    const list = (decoded[page] ??= decodePage(text(page)));
    return list[i - page * CHECKPOINT_PAGE];
  };
  return new Proxy(new Array<MachineState>(count), {
    get(target, prop, receiver) {
      if (typeof prop === 'string') {
        const i = Number(prop);
        if (Number.isInteger(i) && i >= 0 && i < count && String(i) === prop) return at(i);
      }
      return Reflect.get(target, prop, receiver) as unknown;
    },
  });
}

/** The trace again, from what packTrace sent. Pure. */
export function unpackTrace(packed: PackedTrace, pages: CheckpointPages): Trace {
  const { counters, counterWidth, checkpointCount, ...rest } = packed;
  if (pages.ends.length !== Math.ceil(checkpointCount / CHECKPOINT_PAGE)) {
    throw new Error(`expected ${checkpointCount} checkpoints, got ${pages.ends.length} pages`);
  }
  const counterCheckpoints: Float64Array[] = [];
  for (let i = 0; i < checkpointCount; i++) {
    counterCheckpoints.push(counters.subarray(i * counterWidth, (i + 1) * counterWidth));
  }
  const checkpoints = lazyCheckpoints(pages, checkpointCount);
  return Object.freeze({ ...rest, checkpoints, counterCheckpoints });
}
