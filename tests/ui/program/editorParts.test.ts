import { CompletionContext } from '@codemirror/autocomplete';
import { EditorState, Text } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { CALLS, checkProgram } from '../../../src/sim/index';
import { completeScenario } from '../../../src/ui/program/editor/completion';
import { problemRange, toDiagnostic } from '../../../src/ui/program/editor/problems';

const doc = Text.of(['world tcp 4;', 'n = raed(3, buf, 4096);', '']);

describe('the editor’s problems', () => {
  it('underline the word at line:col, with line:col and the message on hover', () => {
    const problem = checkProgram(doc.toString())!;
    expect(problem).toMatchObject({ line: 2, col: 5 });
    const { from, to } = problemRange(doc, problem);
    expect(doc.sliceString(from, to)).toBe('raed');
    expect(toDiagnostic(doc, problem, 'the reader’s words')).toMatchObject({
      severity: 'error',
      message: '2:5: the reader’s words',
    });
  });

  it('a place past the text is clamped to it (an end-of-text problem, a stale problem)', () => {
    for (const p of [
      { line: 99, col: 1 },
      { line: 1, col: 400 },
      { line: 0, col: 0 },
      { line: 3, col: 1 },
    ].map((at) => ({ ...at, code: 'internal' as const, args: {}, message: 'x' }))) {
      const { from, to } = problemRange(doc, p);
      expect(from).toBeGreaterThanOrEqual(0);
      expect(to).toBeLessThanOrEqual(doc.length);
      expect(from).toBeLessThanOrEqual(to);
    }
  });
});

describe('completion', () => {
  const complete = (text: string, explicit = false) =>
    completeScenario(new CompletionContext(EditorState.create({ doc: text }), text.length, explicit));

  it('offers every call with its man-page signature, from the word being typed', () => {
    const r = complete('n = sendf')!;
    expect(r.from).toBe(4);
    const sendfile = r.options.find((o) => o.label === 'sendfile');
    expect(sendfile).toMatchObject({ info: CALLS.sendfile!.signature, detail: 'system call' });
    expect(r.options.filter((o) => o.type === 'function').map((o) => o.label)).toEqual(
      Object.keys(CALLS).filter((n) => CALLS[n]!.syscall),
    );
  });

  it('stays quiet between words unless asked (Ctrl+Space)', () => {
    expect(complete('n = ')).toBeNull();
    expect(complete('n = ', true)?.from).toBe(4);
  });

  it('does not take a number’s size suffix for a word (16m is not the start of MSS or METHOD)', () => {
    expect(complete('const F = 16m')).toBeNull();
    expect(complete('const F = 16m', true)).toBeNull();
    expect(complete('x = 0x1f')).toBeNull();
    expect(complete('const F = M')?.from).toBe(10);
  });
});
