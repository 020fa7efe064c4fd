import { once } from 'node:events';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { streamOut } from '../../src/cli/streamOut';

/** A writable that accepts one chunk at a time and finishes it later, so `write` returns false often. */
interface SlowSink {
  readonly sink: Writable;
  /** Everything written, once the stream has finished. */
  text(): Promise<string>;
  maxQueued(): number;
  waits(): number;
}

function slowSink(): SlowSink {
  const chunks: Buffer[] = [];
  let maxQueued = 0;
  let waits = 0;
  const sink = new Writable({
    highWaterMark: 1024,
    write(chunk: Buffer, _enc, done) {
      maxQueued = Math.max(maxQueued, sink.writableLength);
      setTimeout(() => {
        chunks.push(chunk);
        done();
      }, 1);
    },
  });
  sink.on('drain', () => waits++);
  const text = async () => {
    sink.end();
    await once(sink, 'finish');
    return Buffer.concat(chunks).toString('utf8');
  };
  return { sink, text, maxQueued: () => maxQueued, waits: () => waits };
}

describe('streamOut', () => {
  it('gets every line to a slow stream, in order, waiting for drain instead of queueing', async () => {
    const { sink, text, maxQueued, waits } = slowSink();
    const lines = Array.from({ length: 20_000 }, (_, i) => `line ${i} — µs 进程 ${'x'.repeat(i % 50)}\n`);
    let produced = 0;
    function* parts() {
      for (const line of lines) {
        produced++;
        yield line;
      }
    }
    const done = streamOut(sink, parts());
    // Back-pressure: the producer stops at the first full buffer instead of running to the end.
    await new Promise((r) => setImmediate(r));
    expect(produced).toBeLessThan(lines.length);
    await done;
    expect(await text()).toBe(lines.join(''));
    expect(waits()).toBeGreaterThan(1);
    // Never more than one piece (64 KiB) waits in the stream.
    expect(maxQueued()).toBeLessThanOrEqual(1 << 16);
  });

  it('writes a part longer than a piece whole, after what came before it', async () => {
    const { sink, text } = slowSink();
    const parts = ['head\n', 'y'.repeat(200_000), '\ntail\n'];
    await streamOut(sink, parts);
    expect(await text()).toBe(parts.join(''));
  });

  it('writes nothing for no parts', async () => {
    const { sink, text } = slowSink();
    await streamOut(sink, []);
    expect(await text()).toBe('');
  });
});
