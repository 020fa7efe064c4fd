import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** Bytes handed to the stream at once: few write calls, little held at a time. */
const PIECE = 1 << 16;

/**
 * Writes every string of `parts` to `out` in order, with back-pressure: when the stream's buffer is full
 * (`write` returns false) it waits for 'drain' before producing more, so memory stays bounded however long
 * the output is. Each part is encoded into a byte buffer at once rather than joined to a growing string: the
 * parts then die young, where a long-lived rope teaches V8 to allocate every line in the old generation.
 */
export async function streamOut(out: Writable, parts: Iterable<string>): Promise<void> {
  let piece = Buffer.allocUnsafe(PIECE);
  let used = 0;
  const send = async (bytes: Buffer) => {
    if (!out.write(bytes)) await once(out, 'drain');
  };
  const flush = async () => {
    if (used === 0) return;
    const full = piece.subarray(0, used);
    // The stream keeps the bytes until they are written: the next piece gets fresh memory.
    piece = Buffer.allocUnsafe(PIECE);
    used = 0;
    await send(full);
  };
  for (const part of parts) {
    // A UTF-16 unit is at most 3 bytes of UTF-8.
    if (used + part.length * 3 > PIECE) await flush();
    if (part.length * 3 > PIECE) await send(Buffer.from(part, 'utf8'));
    else used += piece.write(part, used, 'utf8');
  }
  await flush();
}
