import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PARAMS,
  formatProblem,
  runProgram,
  scenarioProgram,
  simulate,
  type Trace,
} from '../../src/sim/index';
import { buildLogIndex, logAsBytes } from '../../src/worker/logIndex';
import { packTrace, type BuildReply, type BuildRequest } from '../../src/worker/protocol';
import {
  BuildCancelled,
  createWorkerTraceSource,
  ProgramFailed,
  type WorkerLike,
} from '../../src/worker/client';

/** A worker in the same thread: answers a build request the way simWorker.ts does, a message per task. */
class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<BuildReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  requests: BuildRequest[] = [];

  postMessage(request: BuildRequest): void {
    this.requests.push(request);
    const { id, scenario, params, program } = request;
    const replies: BuildReply[] = [];
    const onProgress = (steps: number) => replies.push({ type: 'progress', id, steps });
    let trace: Trace;
    if (program) {
      const r = runProgram(program.text, {}, { scenario, onProgress });
      if (!r.ok) {
        setTimeout(() => {
          const message = formatProblem(r.problem);
          this.onmessage?.({
            data: { type: 'failed', id, message, problem: r.problem },
          } as MessageEvent<BuildReply>);
        }, 0);
        return;
      }
      trace = r.trace as Trace;
    } else trace = simulate(scenario, params, { onProgress });
    const log = logAsBytes(buildLogIndex(trace));
    const { packed, pages } = packTrace(trace);
    replies.push({ type: 'log', id, log });
    replies.push({ type: 'checkpoints', id, pages });
    replies.push({ type: 'done', id, trace: structuredClone(packed) });
    const send = () => {
      const reply = replies.shift();
      if (!reply || this.terminated) return;
      this.onmessage?.({ data: reply } as MessageEvent<BuildReply>);
      setTimeout(send, 0);
    };
    setTimeout(send, 0);
  }

  terminate(): void {
    this.terminated = true;
  }
}

describe('createWorkerTraceSource', () => {
  it('resolves with the trace and its log, reporting progress on the way', async () => {
    const workers: FakeWorker[] = [];
    const source = createWorkerTraceSource(() => {
      workers.push(new FakeWorker());
      return workers.at(-1)!;
    });
    const seen: number[] = [];
    const params = { ...simulate('read-write').params, file: 64 << 20 };
    const { trace, log } = await source.build('read-write', params, (s) => seen.push(s)).trace;
    const want = simulate('read-write', params);
    expect(trace.totals).toEqual(want.totals);
    expect(trace.length).toBe(want.length);
    expect(log?.steps.length).toBeGreaterThan(0);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    // The worker is let go once its build is delivered.
    expect(workers).toHaveLength(1);
    expect(workers[0]!.terminated).toBe(true);
  });

  it('keeps the worker, warm, after a small build: the next small build reuses it', async () => {
    const workers: FakeWorker[] = [];
    const source = createWorkerTraceSource(() => {
      workers.push(new FakeWorker());
      return workers.at(-1)!;
    });
    const first = await source.build('read-write', simulate('read-write').params, () => {}).trace;
    expect(first.trace.totals).toEqual(simulate('read-write').totals);
    const second = await source.build('sendfile', simulate('sendfile').params, () => {}).trace;
    expect(second.trace.scenario).toBe('sendfile');
    expect(workers).toHaveLength(1);
    expect(workers[0]!.terminated).toBe(false);
  });

  it('cancel stops the worker and rejects with BuildCancelled; the next build gets a fresh worker', async () => {
    const workers: FakeWorker[] = [];
    const source = createWorkerTraceSource(() => {
      workers.push(new FakeWorker());
      return workers.at(-1)!;
    });
    const build = source.build('sendfile', simulate('sendfile').params, () => {});
    build.cancel();
    await expect(build.trace).rejects.toBeInstanceOf(BuildCancelled);
    expect(workers[0]!.terminated).toBe(true);
    const next = await source.build('syscall', simulate('syscall').params, () => {}).trace;
    expect(next.trace.scenario).toBe('syscall');
    expect(workers).toHaveLength(2);
  });

  it('builds a program of the user’s own, marked with its scenario; a failing one rejects with its problem', async () => {
    const source = createWorkerTraceSource(() => new FakeWorker());
    const text = scenarioProgram('sendfile', { ...DEFAULT_PARAMS, file: 1 << 20 });
    const built = await source.build('sendfile', DEFAULT_PARAMS, () => {}, { text }).trace;
    expect(built.trace.scenario).toBe('sendfile');
    expect(built.trace.totals).toEqual(simulate('sendfile', { file: 1 << 20 }).totals);
    const failing = source.build('sendfile', DEFAULT_PARAMS, () => {}, { text: 'world tcp 4;\nraed(3);' });
    await expect(failing.trace).rejects.toBeInstanceOf(ProgramFailed);
    await expect(failing.trace).rejects.toMatchObject({ problem: { line: 2, col: 1 } });
  });

  it('a worker that dies fails its build with the reason', async () => {
    const source = createWorkerTraceSource(() => {
      const w = new FakeWorker();
      w.postMessage = () => {
        setTimeout(() => w.onerror?.({ message: 'out of memory' } as ErrorEvent), 0);
      };
      return w;
    });
    await expect(source.build('syscall', simulate('syscall').params, () => {}).trace).rejects.toThrow(
      'out of memory',
    );
  });
});
