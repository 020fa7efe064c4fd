import { describe, expect, it } from 'vitest';
import {
  getCountersAt,
  getMachineAt,
  getStraceEvents,
  getStep,
  SCENARIO_IDS,
  simulate,
  type Trace,
} from '../../src/sim/index';
import { buildLogIndex, linesUpTo, logAsBytes, logLines } from '../../src/worker/logIndex';
import { packTrace, unpackTrace } from '../../src/worker/protocol';

/** What postMessage does to a packed trace: a structured clone that moves the transferred buffers. */
function overTheWire(trace: Trace): Trace {
  const { packed, pages, transfer } = packTrace(trace);
  const movedPages = structuredClone(pages, { transfer: [pages.bytes.buffer, pages.ends.buffer] });
  return unpackTrace(structuredClone(packed, { transfer }), movedPages);
}

describe('a trace sent from the worker', () => {
  it.each(SCENARIO_IDS)('%s: reads the same at every checkpoint and step as the original', (scenario) => {
    const original = simulate(scenario, { file: 1 << 20, cache: 'warm' });
    const copy = overTheWire(simulate(scenario, { file: 1 << 20, cache: 'warm' }));
    expect(copy.length).toBe(original.length);
    expect(copy.totals).toEqual(original.totals);
    expect(copy.programEndNs).toBe(original.programEndNs);
    expect(copy.checkpoints.length).toBe(original.checkpoints.length);
    expect([...copy.checkpoints]).toEqual([...original.checkpoints]);
    expect(copy.counterCheckpoints).toEqual(original.counterCheckpoints);
    for (const i of [0, 1, original.length >> 1, original.length - 1]) {
      expect(getStep(copy, i)).toEqual(getStep(original, i));
      expect(getMachineAt(copy, i)).toEqual(getMachineAt(original, i));
      expect(getCountersAt(copy, i)).toEqual(getCountersAt(original, i));
    }
  });

  it('moves the step columns instead of copying them', () => {
    const trace = simulate('read-write', { file: 1 << 20 });
    const column = trace.columns.chunks[0]!.t;
    const { packed, pages, transfer } = packTrace(trace);
    const copy = unpackTrace(structuredClone(packed, { transfer }), pages);
    expect(column.byteLength).toBe(0);
    expect(copy.columns.chunks[0]!.t.byteLength).toBeGreaterThan(0);
  });

  it('keeps numbers JSON cannot write', () => {
    const trace = simulate('syscall');
    const odd = { ...trace.checkpoints[0]!, weird: [Infinity, -Infinity, NaN] };
    const copy = overTheWire({ ...trace, checkpoints: [odd, ...trace.checkpoints.slice(1)] });
    expect((copy.checkpoints[0] as unknown as { weird: number[] }).weird).toEqual([Infinity, -Infinity, NaN]);
  });

  it('refuses a trace whose checkpoints went missing', () => {
    const { packed } = packTrace(simulate('read-write', { file: 1 << 20 }));
    const none = { bytes: new Uint8Array(0), ends: new Int32Array(0) };
    expect(() => unpackTrace(packed, none)).toThrow(/checkpoints/);
  });
});

describe('the strace log index', () => {
  it.each(['read-write', 'cow-fork', 'splice'] as const)('%s: the same lines as getStraceEvents', (id) => {
    const trace = simulate(id, { file: 65536 });
    const log = buildLogIndex(structuredClone(trace));
    const events = getStraceEvents(trace);
    expect(logLines(log, 0, log.steps.length)).toEqual(events);
    for (const step of [0, trace.length >> 2, trace.length - 1]) {
      expect(linesUpTo(log, step)).toBe(getStraceEvents(trace, step).length);
    }
    // As bytes (how the worker sends it), the same lines.
    const bytes = logAsBytes(log);
    expect(bytes.text).toBeInstanceOf(Uint8Array);
    expect(logLines(bytes, 0, bytes.steps.length)).toEqual(events);
  });

  it('keeps lines that are not ASCII intact as bytes', () => {
    const text = ['read(3, "é", 1) = 1', '写入 = 4', '🙂'].join('\n');
    const log = { steps: Int32Array.from([1, 2, 3]), ends: Int32Array.from([19, 26, 29]), text };
    expect(logLines(log, 0, 3).map((e) => e.text)).toEqual(text.split('\n'));
    expect(logLines(logAsBytes(log), 0, 3)).toEqual(logLines(log, 0, 3));
  });
});
