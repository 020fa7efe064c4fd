import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PARAM_NAMES,
  SCENARIO_IDS,
  SCENARIO_PARAMS,
  parseParam,
  parseParams,
  type ParamName,
} from '../../src/sim/index';
import { MAX_HASH_LENGTH, decodeHash, shown, type Decoded } from '../../src/url/codec';
import { SCALE_MAX, SCALE_MIN } from '../../src/url/fields';

/** Field names the decoder knows, each with values it accepts and values it must refuse. */
const GOOD: Record<string, readonly string[]> = {
  file: ['10000', '1g', '16g', '4096'],
  buf: ['1', '8k', '1m'],
  page: ['4096', '16384', '65536'],
  cache: ['cold', 'warm'],
  sg: ['on', 'off'],
  loop: ['size', 'eof', '1', '0'],
  arch: ['x86_64', 'i386'],
  ra: ['1', '32', '4096'],
  fa: ['1', '16', '512'],
  align: ['1', '512', '4096'],
  bufoff: ['0', '1', '100'],
  pages: ['1', '8', '64'],
  step: ['0', '12', '999999'],
  lang: ['en', 'zh-CN'],
  theme: ['light', 'dark', 'projector'],
  speed: ['0.25', '1', '4', 'max'],
  unit: ['event', 'syscall', 'iteration'],
  pane: ['machine', 'memory'],
  v: ['1'],
  from: ['0', '3', '40'],
  to: ['2', '9', '100000'],
  embed: ['0', '1'],
  present: ['0', '1'],
  autoplay: ['0', '1'],
  repeat: ['0', '1'],
  scale: ['1', '1.5', '2.75', '3'],
  controls: ['full', 'min'],
  pause: ['none', 'syscall'],
};
const HOSTILE = [
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  '<img src=x onerror=alert(1)>',
  '-1',
  '1e309',
  'NaN',
  '0.3',
  '99',
  '',
  '__proto__',
  '\u0000\u202e',
];
const KEYS = [...Object.keys(GOOD), '__proto__', 'constructor', 'color', 'STEP', ''];

/** Whether the decoded state carries `value` for `key`, i.e. the field was honoured. */
function honoured(d: Decoded, key: string, value: string): boolean {
  if (key === 'loop' && (value === '1' || value === '0')) return d.modes.loop === (value === '1');
  if ((PARAM_NAMES as readonly string[]).includes(key)) {
    const r = parseParam(key as ParamName, value);
    return (
      SCENARIO_PARAMS[d.scenario].includes(key as ParamName) && r.ok && d.params[key as ParamName] === r.value
    );
  }
  const m = d.modes;
  switch (key) {
    case 'step':
      return /^\d+$/.test(value) && d.step === Number(value);
    case 'lang':
      return d.view.locale === value;
    case 'theme':
    case 'speed':
    case 'unit':
    case 'pane':
      return d.view[key] !== undefined && String(d.view[key]) === value;
    case 'v':
      return value === '1';
    case 'from':
    case 'to':
      return m[key] === Number(value) && /^\d+$/.test(value);
    case 'embed':
    case 'present':
    case 'autoplay':
      return (value === '1' || value === '0') && m[key] === (value === '1');
    case 'repeat':
      return (value === '1' || value === '0') && m.loop === (value === '1');
    case 'scale':
      return m.scale === Number(value) && value.trim() !== '';
    case 'controls':
      return m.controls === value;
    case 'pause':
      return m.pauseAt === value;
  }
  return false;
}

const field = fc.oneof(
  fc
    .constantFrom(...KEYS)
    .chain((key) =>
      fc.tuple(
        fc.constant(key),
        fc.constantFrom(...(Object.hasOwn(GOOD, key) ? GOOD[key]! : ['1']), ...HOSTILE),
      ),
    ),
  fc.tuple(fc.string({ maxLength: 12 }), fc.string({ maxLength: 30 })),
);
const path = fc.oneof(fc.constantFrom(...SCENARIO_IDS), fc.string({ maxLength: 20 }));

describe('decodeHash on random and hostile links (property)', () => {
  it('never throws, yields a valid state, and reports every field it did not honour', () => {
    fc.assert(
      fc.property(path, fc.array(field, { maxLength: 14 }), (route, fields) => {
        const query = fields.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
        const hash = `#/${encodeURIComponent(route)}?${query}`;
        fc.pre(hash.length <= MAX_HASH_LENGTH);
        const d = decodeHash(hash);

        // A valid state: a known scenario, parameters that parse together, a whole step, a sane range.
        expect(SCENARIO_IDS).toContain(d.scenario);
        const raw = Object.fromEntries(SCENARIO_PARAMS[d.scenario].map((n) => [n, String(d.params[n])]));
        expect(parseParams(d.scenario, raw).ok).toBe(true);
        expect(Number.isSafeInteger(d.step) && d.step >= 0).toBe(true);
        const { from, to, scale } = d.modes;
        if (from !== undefined && to !== undefined && to !== null) expect(from).toBeLessThanOrEqual(to);
        if (scale !== undefined)
          expect(scale >= SCALE_MIN && scale <= SCALE_MAX && (scale * 4) % 1 === 0).toBe(true);

        // Every field not honoured is named by a notice; repeated fields by a 'duplicate' notice.
        const named = (key: string, noticeKey?: string) =>
          d.notices.some(
            (n) =>
              (noticeKey === undefined || n.key === noticeKey) &&
              (n.params.name === shown(key) || n.params.other === shown(key)),
          );
        // A bare `#/?` is a plain visit (the saved state is restored), not a link to explain.
        if (!d.route) {
          expect(fields).toEqual([]);
          return;
        }
        if (route.replace(/^\/+|\/+$/g, '') !== d.scenario)
          expect(d.notices.map((n) => n.key)).toContain('ui.notice.unknownScenario');
        const seen = new Set<string>();
        for (const [key, value] of fields) {
          if (seen.has(key)) {
            expect(named(key, 'ui.notice.duplicate'), `duplicate ${key}`).toBe(true);
            continue;
          }
          seen.add(key);
          if (!honoured(d, key, value))
            expect(named(key), `${key}=${value} ignored without a notice`).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('says when a link is too long or has too many fields', () => {
    expect(decodeHash(`#/read-write?file=${'1'.repeat(3000)}`).notices[0]?.key).toBe('ui.notice.tooLong');
    const many = Array.from({ length: 40 }, (_, i) => `x${i}=1`).join('&');
    expect(decodeHash(`#/read-write?${many}`).notices.map((n) => n.key)).toContain('ui.notice.tooMany');
  });
});
