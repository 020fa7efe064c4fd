import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS, parseParams } from '../../src/sim/index';
import {
  DEFAULT_COMPARE,
  decodeCompareHash,
  encodeCompareHash,
  isCompareHash,
  type CompareLink,
} from '../../src/url/compareLink';
import { compareHashFor } from '../../src/url/compareHashFor';
import { isViewRoute } from '../../src/url/routes';
import { encodeHash } from '../../src/url/codec';
import { PARAM_NAMES } from '../../src/sim/index';
import { linkState } from '../helpers/linkState';
import { loadProgramCodec } from '../../src/url/programCodec';
import { scenarioProgram } from '../../src/sim/index';

const params = (scenario: Parameters<typeof parseParams>[0], raw: Record<string, string>) => {
  const r = parseParams(scenario, raw);
  if (!r.ok) throw new Error(r.error);
  return r.params;
};

const keys = (hash: string) => decodeCompareHash(hash).notices.map((n) => n.key);

describe('compare link (#/compare?a=…&b=…)', () => {
  it('applies a parameter given once to both runs and a prefixed one to its run only', () => {
    const { link, notices } = decodeCompareHash(
      '#/compare?a=read-write&b=sendfile&file=1m&cache=warm&a.buf=64k&by=iteration&step=7&v=1',
    );
    expect(notices).toEqual([]);
    expect(link.a.scenario).toBe('read-write');
    expect(link.b.scenario).toBe('sendfile');
    expect(link.a.params.file).toBe(1024 * 1024);
    expect(link.b.params.file).toBe(1024 * 1024);
    expect(link.a.params.cache).toBe('warm');
    expect(link.b.params.cache).toBe('warm');
    expect(link.a.params.buf).toBe(64 * 1024);
    expect(link.b.params.buf).toBe(DEFAULT_PARAMS.buf);
    expect(link.by).toBe('iteration');
    expect(link.step).toBe(7);
  });

  it('round-trips both runs, the sync unit, the step and the view', () => {
    const link: CompareLink = {
      a: {
        scenario: 'read-write',
        params: params('read-write', { file: '1m', buf: '16k', preset: 'loopback' }),
        program: null,
      },
      b: { scenario: 'splice', params: params('splice', { file: '2m', preset: 'loopback' }), program: null },
      by: 'time',
      step: 123_456,
      locale: 'zh-CN',
      theme: 'dark',
      present: true,
      embed: false,
    };
    const hash = encodeCompareHash(link);
    expect(hash).toContain('preset=loopback');
    expect(hash).toContain('a.file=1m');
    expect(hash).toContain('b.file=2m');
    expect(hash).not.toContain('b.preset');
    const back = decodeCompareHash(hash);
    expect(back.notices).toEqual([]);
    expect(back.link).toEqual(link);
  });

  it('opens the default pair for an empty link', () => {
    const { link, notices } = decodeCompareHash('#/compare');
    expect(notices).toEqual([]);
    expect(link).toEqual(DEFAULT_COMPARE);
  });

  it('decodes hostile input to the nearest valid state, naming what was ignored', () => {
    const hostile =
      '#/compare?a=<img src=x onerror=alert(1)>&b=sendfile&file=zzz&b.nope=1&by=fortnight&step=-3&step=4&theme=%3Cb%3E&x=1';
    const d = decodeCompareHash(hostile);
    expect(d.link.a.scenario).toBe('read-write');
    expect(d.link.b.scenario).toBe('sendfile');
    expect(d.link.by).toBe('syscall');
    expect(d.link.step).toBe(0);
    expect(d.notices.map((n) => n.key).sort()).toEqual(
      [
        'ui.notice.unknownScenario',
        'ui.notice.badParam',
        'ui.notice.badParam',
        'ui.notice.unknownField',
        'ui.notice.badView',
        'ui.notice.badStep',
        'ui.notice.duplicate',
        'ui.notice.badView',
        'ui.notice.unknownField',
      ].sort(),
    );
    // Pieces of the link shown in notices are short plain text without control characters.
    for (const n of d.notices)
      for (const v of Object.values(n.params))
        expect([...String(v)].some((c) => c.charCodeAt(0) < 32)).toBe(false);
  });

  it('says when a shared parameter changes neither run, and a side parameter its run does not use', () => {
    expect(keys('#/compare?a=sendfile&b=splice&buf=64k')).toEqual(['ui.notice.paramNotUsed']);
    expect(keys('#/compare?a=read-write&b=sendfile&b.buf=64k')).toEqual(['ui.notice.paramNotUsed']);
    expect(keys('#/compare?a=read-write&b=sendfile&a.src=abc')).toEqual(['ui.notice.unknownField']);
    // Used by one of the two: no notice.
    expect(keys('#/compare?a=read-write&b=sendfile&buf=64k')).toEqual([]);
  });

  it('cuts an over-long link and caps the number of fields', () => {
    expect(keys(`#/compare?a=read-write&${'x'.repeat(40_000)}`)).toContain('ui.notice.tooLong');
    const many = Array.from({ length: 60 }, (_, i) => `f${i}=1`).join('&');
    expect(keys(`#/compare?${many}`)).toContain('ui.notice.tooMany');
  });

  it('recognises its route, which the single-run link adapter leaves alone', () => {
    expect(isCompareHash('#/compare?a=read-write')).toBe(true);
    expect(isCompareHash('#/compare')).toBe(true);
    expect(isCompareHash('#/read-write?file=1m')).toBe(false);
    expect(isCompareHash('#/compared')).toBe(false);
    expect(isViewRoute('#/compare?a=x')).toBe(true);
  });

  it('opens a single run beside a partner with its parameters shared (the header entry point)', () => {
    const single = encodeHash(
      linkState({
        scenario: 'read-write',
        params: params('read-write', { file: '1m', cache: 'warm' }),
        locale: 'zh-CN',
      }),
    );
    const { link, notices } = decodeCompareHash(compareHashFor(single, 'sendfile', PARAM_NAMES));
    expect(notices).toEqual([]);
    expect(link.a.scenario).toBe('read-write');
    expect(link.b.scenario).toBe('sendfile');
    expect(link.b.params.file).toBe(1024 * 1024);
    expect(link.b.params.cache).toBe('warm');
    expect(link.locale).toBe('zh-CN');
  });

  it('carries a program of the user’s own on one side, its parameters set in its constants', async () => {
    await loadProgramCodec();
    const text = scenarioProgram('read-write', DEFAULT_PARAMS).replace(/const B = \d+;/, 'const B = 16384;');
    const link: CompareLink = {
      ...DEFAULT_COMPARE,
      a: { scenario: 'read-write', params: DEFAULT_PARAMS, program: { text } },
      b: { scenario: 'read-write', params: params('read-write', { file: '64k' }), program: null },
    };
    const hash = encodeCompareHash(link);
    expect(hash).toMatch(/a=program&a\.base=read-write&a\.src=/);
    expect(decodeCompareHash(hash)).toEqual({ link, notices: [] });
    // A shared parameter the program declares is written into its constant.
    const shared = decodeCompareHash(hash.replace('&b.file=64k', '&file=64k'));
    expect(shared.link.a.program?.text).toMatch(/const F = 65536;/);
    expect(shared.link.b.params.file).toBe(65536);
  });
});
