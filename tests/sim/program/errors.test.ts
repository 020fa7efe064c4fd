import { describe, expect, it } from 'vitest';
import { checkProgram, formatProblem, runProgram } from '../../../src/sim/index';
import { problemOf } from '../../helpers/programRun';

const WORLD = ['world file 3 = { size: 8192 };', 'world tcp 4;', 'world buffer buf = { size: 4096 };'];

describe('program errors a user can act on', () => {
  it('an unknown system call names its line, column and the nearest call', () => {
    const text = [
      'world file 3 = { size: 8192 };',
      'world buffer buf = { size: 4096 };',
      '    n = raed(3, buf, 4096);',
    ];
    expect(checkProgram(text.join('\n'))).toEqual({
      line: 3,
      col: 9,
      code: 'unknownCall',
      args: { name: 'raed', suggestion: { code: 'hint.didYouMean', args: { name: 'read' } } },
      message: "unknown system call 'raed' — did you mean 'read'?",
    });
  });

  it("a '}' with no '{' is named at its place", () => {
    expect(problemOf([...WORLD, '}'].join('\n'))).toBe("4:1: '}' closes nothing");
  });

  it('a missing semicolon says what was expected and what was found', () => {
    expect(problemOf([...WORLD, 'n = read(3, buf, 4096)', 'write(4, buf, n);'].join('\n'))).toBe(
      "5:1: expected ';' after the statement, found 'write'",
    );
  });

  it('a wrong argument count shows the man-page signature', () => {
    expect(problemOf([...WORLD, 'read(3, buf);'].join('\n'))).toMatch(
      /^4:1: read\(\) takes 3 arguments \(fd, buf, count\), got 2: ssize_t read/,
    );
  });

  it('an unknown name suggests a defined one', () => {
    expect(problemOf([...WORLD, 'n = read(3, bfu, 4096);'].join('\n'))).toBe(
      "4:13: unknown name 'bfu' — did you mean 'buf'?",
    );
  });

  it('break outside a loop, an unclosed comment and a bad number are refused with their place', () => {
    expect(problemOf('break;')).toBe("1:1: 'break' outside a loop");
    expect(problemOf('/* never closed')).toBe("1:1: '/*' comment is never closed: expected '*/'");
    expect(problemOf('x = 12ab;')).toBe("1:5: '12ab' is not a number");
  });

  it('an endless loop stops at the statement cap, naming the loop', () => {
    const r = runProgram(['x = 0;', 'for (;;)', '  x += 1;'].join('\n'), {}, { maxOps: 10_000 });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.phase).toBe('run');
      expect(formatProblem(r.problem)).toMatch(/^[23]:\d+: the program ran 10000 statements without ending/);
    }
  });

  it('a loop of system calls stops at the step cap, naming the call', () => {
    const text = [...WORLD, 'for (;;)', '  getpid();'].join('\n');
    const r = runProgram(text, {}, { maxSteps: 500 });
    expect(!r.ok && formatProblem(r.problem)).toMatch(/^5:3: the program made more than 500 steps/);
  });

  it('a call the model does not support names its line', () => {
    // read() from the socket would wait for data from the peer, which the model does not have.
    const r = runProgram([...WORLD, 'read(4, buf, 10);'].join('\n'));
    expect(!r.ok && formatProblem(r.problem)).toMatch(/^4:1: not modelled: read\(\) on fd 4/);
  });

  it('a world declaration with a bad value names the parameter and its range', () => {
    expect(problemOf('world file 3 = { size: 0 };')).toMatch(/^1:1: bad value for file: "0" is out of range/);
    expect(problemOf('world file 7 = { size: 10 };')).toMatch(/^1:12: the first file to read is fd 3/);
  });
});
