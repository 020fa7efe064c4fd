import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importStrace, replayStrace } from '../../../../src/sim/index';

const RAW = path.resolve(import.meta.dirname, '../../../fidelity/raw');
const LOGS = readdirSync(RAW)
  .filter((f) => f.endsWith('.strace') && !f.includes('1048576'))
  .map((f) => readFileSync(path.join(RAW, f), 'utf8'));
const LIMITS = { maxSteps: 20_000, maxOps: 50_000 };

/** Pieces of strace syntax, so random text reaches the parser's deeper branches. */
const TOKENS = [
  '12345 ',
  '[pid 7] ',
  '12:00:00.123456 ',
  'read(',
  'write(',
  'openat(AT_FDCWD, "f", O_RDONLY|O_DIRECT',
  'clone(',
  'wait4(-1, ',
  'mmap(NULL, 4096, PROT_READ, MAP_SHARED, 3, 0',
  'splice(3, NULL, 6, NULL, 65536, 0',
  'pipe2([5, 6], 0',
  'dup2(4, 9',
  'close(',
  '3',
  '-1',
  '0x7f0000000000',
  ', ',
  '"',
  '\\"',
  ')',
  ' = ',
  '?',
  '-1 EBADF (Bad file descriptor)',
  ' <unfinished ...>',
  '<... read resumed>',
  '--- SIGSEGV {si_addr=0xffff888000000000} ---',
  '+++ exited with 0 +++',
  '+++ killed by SIGSEGV +++',
  '<0.000012>',
  '\n',
];

/** A real log with random lines deleted, duplicated, cut short or spliced with tokens. */
const mutatedLog = fc
  .tuple(
    fc.constantFrom(...LOGS),
    fc.array(
      fc.record({
        at: fc.nat(),
        op: fc.constantFrom('delete', 'duplicate', 'truncate', 'insert'),
        token: fc.constantFrom(...TOKENS),
        cut: fc.nat(200),
      }),
      { minLength: 1, maxLength: 8 },
    ),
  )
  .map(([text, edits]) => {
    const lines = text.split('\n');
    for (const e of edits) {
      const i = e.at % lines.length;
      if (e.op === 'delete') lines.splice(i, 1);
      else if (e.op === 'duplicate') lines.splice(i, 0, lines[i] ?? '');
      else if (e.op === 'truncate') lines[i] = (lines[i] ?? '').slice(0, e.cut);
      else lines[i] = (lines[i] ?? '') + e.token;
    }
    return lines.join('\n');
  });

const tokenSoup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 80 }).map((t) => t.join(''));

describe('the strace importer never throws and stays bounded', () => {
  it('arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 400 }), tokenSoup), (text) => {
        const r = importStrace(text);
        expect(r.program.split('\n').length).toBeLessThanOrEqual(256);
        const replay = replayStrace(text, {}, LIMITS);
        expect(typeof replay.result.ok).toBe('boolean');
      }),
      { numRuns: 1500 },
    );
  });

  it('mutated real logs', () => {
    fc.assert(
      fc.property(mutatedLog, (text) => {
        const replay = replayStrace(text, {}, LIMITS);
        expect(replay.imported.program.length).toBeLessThanOrEqual(65536);
        // Whatever the edits, the imported program is a program: it parses and checks.
        expect(replay.result.ok || replay.result.phase === 'run').toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  // Linear work: ~1 s alone for 100,000 lines; the bound leaves room for a loaded machine.
  it('a very long paste is read in bounded time', { timeout: 60_000 }, () => {
    const line = '100 read(3, "x"..., 4096) = 4096\n';
    const start = Date.now();
    const r = importStrace(`100 openat(AT_FDCWD, "a", O_RDONLY) = 3\n${line.repeat(100_000)}`);
    expect(r.program).toContain('for (i = 0; i < 100000; i += 1) read(3, buf, 4096);');
    expect(Date.now() - start).toBeLessThan(30_000);
  });
});
