import { deflateSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_PARAMS, scenarioProgram } from '../../src/sim/index';
import { decodeHash, encodeHash, MAX_HASH_LENGTH } from '../../src/url/codec';
import { decodeProgramSrc, encodeProgramSrc } from '../../src/url/programLink';
import { loadProgramCodec, MAX_SRC_CHARS } from '../../src/url/programCodec';
import { setProgramConstant } from '../../src/url/programConstants';
import { linkState } from '../helpers/linkState';

const SENDFILE = scenarioProgram('sendfile', DEFAULT_PARAMS);
const b64url = (bytes: Uint8Array) =>
  Buffer.from(bytes).toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

beforeAll(loadProgramCodec);

describe('a program in the link', () => {
  it('round-trips a program, its base scenario and the view through the hash', () => {
    const text = `${SENDFILE}\n// 注释: 中文 ✓`;
    const hash = encodeHash(linkState({ scenario: 'sendfile', program: { text }, step: 3, locale: 'zh-CN' }));
    expect(hash).toMatch(/^#\/program\?base=sendfile&src=[A-Za-z0-9_-]+&step=3&lang=zh-CN&v=1$/);
    const d = decodeHash(hash);
    expect(d).toMatchObject({ route: true, scenario: 'sendfile', program: { text }, step: 3, notices: [] });
  });

  it('is compressed: a canonical program takes a few hundred characters', () => {
    expect(encodeProgramSrc(SENDFILE).length).toBeLessThan(SENDFILE.length);
  });

  it('writes link parameters into the program’s own constants, and refuses ones it does not declare', () => {
    const src = encodeProgramSrc(SENDFILE);
    const d = decodeHash(`#/program?base=sendfile&src=${src}&file=1m&sg=off&pages=8&v=1`);
    expect(d.program?.text).toContain('const F = 1048576;');
    expect(d.program?.text).toContain('const SG = "off";');
    expect(d.notices).toEqual([{ key: 'ui.notice.program.paramNotDeclared', params: { name: 'pages' } }]);
    const bad = decodeHash(`#/program?src=${src}&file=-3&v=1`);
    expect(bad.program?.text).toBe(SENDFILE);
    expect(bad.notices[0]?.key).toBe('ui.notice.badParam');
  });

  it('setProgramConstant rewrites only the declaration, and leaves a text without it alone', () => {
    const text = 'const F = 4096; // size\nconst FA = 16;\nworld file 3 = { size: F };';
    expect(setProgramConstant(text, 'file', 65536)).toBe(
      'const F = 65536; // size\nconst FA = 16;\nworld file 3 = { size: F };',
    );
    expect(setProgramConstant('world tcp 4;', 'file', 1)).toBe('world tcp 4;');
  });

  it('an unknown base falls back to read-write with a notice; the program still opens', () => {
    const d = decodeHash(`#/program?base=<img src=x>&src=${encodeProgramSrc(SENDFILE)}`);
    expect(d.scenario).toBe('read-write');
    expect(d.program?.text).toBe(SENDFILE);
    expect(d.notices[0]).toMatchObject({ key: 'ui.notice.unknownScenario' });
  });

  it('src and base mean nothing on a scenario route', () => {
    const d = decodeHash(`#/sendfile?src=${encodeProgramSrc('x')}`);
    expect(d.program).toBeNull();
    expect(d.notices[0]).toMatchObject({ key: 'ui.notice.unknownField', params: { name: 'src' } });
  });
});

describe('hostile program links open the default program with a notice that says what was wrong', () => {
  const problem = (src: string) => {
    const d = decodeHash(`#/program?src=${src}&v=1`);
    expect(d.program).toBeNull();
    expect(d.scenario).toBe('read-write');
    return d.notices.map((n) => n.key);
  };

  it.each([
    ['missing', undefined, 'ui.notice.program.empty'],
    ['not base64url', 'abc$def', 'ui.notice.program.notBase64'],
    ['one char too many for base64', 'abcde', 'ui.notice.program.notBase64'],
    ['not deflate', b64url(new Uint8Array([255, 255, 255, 255])), 'ui.notice.program.corrupt'],
    ['truncated deflate', encodeProgramSrc(SENDFILE).slice(0, 40), 'ui.notice.program.corrupt'],
    ['not UTF-8', b64url(deflateSync(new Uint8Array([0xc3, 0x28, 0xa0, 0xa1]))), 'ui.notice.program.notText'],
    ['control characters', encodeProgramSrc('world tcp 4;\u0000\u001b[2J'), 'ui.notice.program.notText'],
    ['empty text', encodeProgramSrc('   \n'), 'ui.notice.program.empty'],
  ])('%s', (_name, src, key) => {
    const d = decodeHash(src === undefined ? '#/program?v=1' : `#/program?src=${src}&v=1`);
    expect(d.program).toBeNull();
    expect(d.notices.map((n) => n.key)).toContain(key);
  });

  it('a deflate bomb stops at the language’s size limit', () => {
    // 10 MB of 'a' deflates to ~10 kB: inflating stops at 192 KiB, and the text is refused as too big.
    const bomb = encodeProgramSrc('a'.repeat(10_000_000));
    expect(bomb.length).toBeLessThan(MAX_SRC_CHARS);
    expect(problem(bomb)).toContain('ui.notice.program.tooBig');
  });

  it('a src over the cap is refused, not cut (the notice names the cap)', () => {
    const d = decodeHash(`#/program?src=${'A'.repeat(MAX_SRC_CHARS + 1)}&v=1`);
    expect(d.program).toBeNull();
    expect(d.notices).toContainEqual({ key: 'ui.notice.program.tooLong', params: { max: MAX_SRC_CHARS } });
  });

  it('the rest of the hash keeps its own length cap', () => {
    const d = decodeHash(
      `#/program?src=${encodeProgramSrc(SENDFILE)}&${'x'.repeat(MAX_SRC_CHARS + MAX_HASH_LENGTH)}`,
    );
    expect(d.notices[0]?.key).toBe('ui.notice.tooLong');
  });

  it('never throws and never yields a text over the limit, whatever the src (fuzzed)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.uint8Array({ maxLength: 300 }), (s, bytes) => {
        for (const src of [s, b64url(bytes), b64url(deflateSync(bytes))]) {
          const r = decodeProgramSrc(src, MAX_SRC_CHARS, 65536);
          if (r.ok) expect(r.text.length).toBeLessThanOrEqual(65536);
          expect(() => decodeHash(`#/program?src=${encodeURIComponent(src)}`)).not.toThrow();
        }
      }),
      { numRuns: 500 },
    );
  });
});
