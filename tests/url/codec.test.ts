import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PARAMS,
  SCENARIO_IDS,
  SCENARIO_PARAMS,
  type ParamName,
  type Params,
  type ScenarioId,
} from '../../src/sim/index';
import { decodeHash, defaultTheme, encodeHash } from '../../src/url/codec';
import { DEFAULT_MODES, type LinkState } from '../../src/url/fields';
import { linkState } from '../helpers/linkState';

/** A valid non-default value of every parameter. */
const OTHER: { readonly [K in ParamName]: Params[K] } = {
  file: 10000,
  buf: 1000,
  // x86 has 4 KiB base pages only: no other page size is valid (parseParams: pageNotOnArch).
  page: 4096,
  cache: 'warm',
  sg: 'off',
  loop: 'eof',
  arch: 'i386',
  ra: 8,
  fa: 4,
  align: 4096,
  bufoff: 1,
  pages: 8,
  sndbuf: 65536,
  autocork: 'on',
  preset: 'loopback',
  costs: 'refMove:5000,irqEntry:300',
  sync: 'fsync',
  method: 'sendfile',
  mss: 9000,
  coalesce: 8,
  expire: 0,
  rakb: 8192,
  fs: 'xfs',
  batch: 7,
  sqpoll: 'on',
  op: 'send_zc',
  nic: 'loopback',
  mode: 'heap',
  sendfile: 'off',
  consumers: 3,
  fetch: 65536,
  side: 'producer',
  directio: 'on',
  nopush: 'on',
};

const base = (scenario: ScenarioId, params: Partial<Params> = {}): LinkState =>
  linkState({ scenario, params: { ...DEFAULT_PARAMS, ...params } });

/** Every scenario: defaults, each of its parameters changed alone, all changed together, and view fields. */
const CASES: [string, LinkState][] = SCENARIO_IDS.flatMap((id) => {
  const all = Object.fromEntries(SCENARIO_PARAMS[id].map((n) => [n, OTHER[n]])) as Partial<Params>;
  return [
    [`${id} defaults`, base(id)],
    ...SCENARIO_PARAMS[id].map((n): [string, LinkState] => [`${id} ${n}`, base(id, { [n]: OTHER[n] })]),
    [`${id} all params`, base(id, all)],
    [
      `${id} view`,
      {
        ...base(id, all),
        step: 12,
        locale: 'zh-CN',
        theme: 'projector',
        speed: 'max',
        unit: 'iteration',
        pane: 'memory',
      },
    ],
    [
      `${id} embed`,
      {
        ...base(id, all),
        step: 3,
        from: 3,
        to: 9,
        embed: true,
        autoplay: true,
        loop: true,
        controls: 'min',
        scale: 1.25,
      },
    ],
    [
      `${id} presenter`,
      { ...base(id), step: 5, present: true, theme: 'projector', scale: 2.75, pauseAt: 'syscall' },
    ],
    [`${id} presenter, light`, { ...base(id), present: true, theme: 'light', to: 7 }],
    [
      `${id} range and chapters`,
      {
        ...base(id),
        step: 4,
        from: 2,
        to: 30,
        chapters: [
          { step: 2, name: 'Read' },
          { step: 12, name: 'Copy: to the socket + DMA' },
          { step: 30, name: '写入 套接字' },
        ],
        present: true,
        theme: 'projector',
      },
    ],
    [
      `${id} big file`,
      base(id, {
        ...(SCENARIO_PARAMS[id].includes('file') ? { file: 1024 ** 3 } : {}),
        ...(SCENARIO_PARAMS[id].includes('buf') ? { buf: 1024 ** 2 } : {}),
      }),
    ],
  ];
});

const pickModes = (s: LinkState) =>
  Object.fromEntries(Object.keys(DEFAULT_MODES).map((k) => [k, s[k as keyof typeof DEFAULT_MODES]]));

describe('URL codec round trip', () => {
  it.each(CASES)('%s', (_name, state) => {
    const hash = encodeHash(state);
    const d = decodeHash(hash);
    expect(d.notices).toEqual([]);
    expect(d.route).toBe(true);
    expect({ scenario: d.scenario, params: d.params, step: d.step }).toEqual({
      scenario: state.scenario,
      params: state.params,
      step: state.step,
    });
    expect(d.view.locale).toBe(state.locale);
    expect(d.view.theme ?? defaultTheme(state.present)).toBe(state.theme);
    expect(d.view.speed ?? 1).toBe(state.speed);
    expect(d.view.unit ?? 'event').toBe(state.unit);
    expect(d.view.pane ?? 'machine').toBe(state.pane);
    expect({ ...DEFAULT_MODES, ...d.modes }).toEqual(pickModes(state));
    expect(encodeHash({ ...state, ...d, ...d.view, ...d.modes })).toBe(hash);
  });

  it('writes only the scenario’s non-default parameters, readably', () => {
    const hash = encodeHash({
      ...base('read-write', { file: 10000, cache: 'warm', sg: 'off', pages: 9 }),
      step: 12,
      locale: 'zh-CN',
      theme: 'dark',
      speed: 2,
    });
    expect(hash).toBe('#/read-write?file=10000&cache=warm&step=12&lang=zh-CN&theme=dark&speed=2&v=1');
    expect(encodeHash(base('sendfile', { file: 1024 ** 3 }))).toBe('#/sendfile?file=1g&lang=en&v=1');
  });

  it('reads the example link of the brief', () => {
    const d = decodeHash('#/read-write?file=10000&cache=warm&step=12&lang=zh-CN&theme=dark&speed=2&v=1');
    expect(d).toMatchObject({ scenario: 'read-write', step: 12, notices: [] });
    expect(d.params).toEqual({ ...DEFAULT_PARAMS, file: 10000, cache: 'warm' });
    expect(d.view).toEqual({ locale: 'zh-CN', theme: 'dark', speed: 2 });
  });

  it('writes embed and presenter fields readably, only when not the default', () => {
    const embed = encodeHash({
      ...base('sendfile'),
      step: 2,
      from: 2,
      to: 9,
      embed: true,
      autoplay: true,
      loop: true,
      controls: 'min',
    });
    expect(embed).toBe('#/sendfile?step=2&lang=en&from=2&to=9&embed=1&controls=min&autoplay=1&repeat=1&v=1');
    const present = encodeHash({
      ...base('syscall'),
      present: true,
      theme: 'projector',
      scale: 2,
      pauseAt: 'syscall',
    });
    expect(present).toBe('#/syscall?lang=en&present=1&scale=2&pause=syscall&v=1');
  });

  it('reads a scale to the nearest allowed quarter, and clamps it to 1–3', () => {
    expect(decodeHash('#/syscall?scale=1.75').modes.scale).toBe(1.75);
    expect(decodeHash('#/syscall?scale=2.1').modes.scale).toBe(2);
    expect(decodeHash('#/syscall?scale=9').modes.scale).toBe(3);
    expect(decodeHash('#/syscall?scale=0').modes.scale).toBe(1);
  });

  it('drops a reversed range whole, keeps a one-sided one', () => {
    expect(decodeHash('#/syscall?from=9&to=3').modes).toEqual({});
    expect(decodeHash('#/syscall?from=4').modes).toEqual({ from: 4 });
    expect(decodeHash('#/syscall?to=4&repeat=1').modes).toEqual({ to: 4, loop: true });
  });

  it('reads loop=1 by hand as the playback loop, loop=eof as the scenario parameter', () => {
    const d = decodeHash('#/read-write?loop=1');
    expect({ loop: d.modes.loop, param: d.params.loop, notices: d.notices }).toEqual({
      loop: true,
      param: 'size',
      notices: [],
    });
    expect(decodeHash('#/read-write?loop=eof&repeat=1')).toMatchObject({
      modes: { loop: true },
      params: { loop: 'eof' },
      notices: [],
    });
  });

  it('a plain visit is not a route', () => {
    for (const h of ['', '#', '#/', '#//'])
      expect(decodeHash(h)).toMatchObject({ route: false, notices: [] });
  });
});

const keysOf = (d: ReturnType<typeof decodeHash>) => d.notices.map((n) => n.key);

describe('URL codec repairs what it cannot use, and says so', () => {
  it.each([
    ['#/nope?file=10000', ['ui.notice.unknownScenario']],
    ['#/nope?pages=2', ['ui.notice.unknownScenario', 'ui.notice.paramNotUsed']],
    ['#/read-write?file=12x', ['ui.notice.badParam']],
    ['#/read-write?file=0', ['ui.notice.badParam']],
    ['#/read-write?fa=4', ['ui.notice.paramNotUsed']],
    ['#/read-write?color=red', ['ui.notice.unknownField']],
    ['#/read-write?file=8000&file=9000', ['ui.notice.duplicate']],
    ['#/read-write?step=-4', ['ui.notice.badStep']],
    ['#/read-write?step=1e3', ['ui.notice.badStep']],
    ['#/read-write?lang=fr&theme=neon&speed=3&unit=page&pane=cpu', Array(5).fill('ui.notice.badView')],
    ['#/read-write?v=7', ['ui.notice.badVersion']],
    ['#/direct-io?bufoff=8192', ['ui.notice.badCombination']],
    ['#/read-write?file=16g', ['ui.notice.badCombination']],
    ['#/read-write?from=-1&to=x', ['share.notice.badRange', 'share.notice.badRange']],
    ['#/read-write?from=9&to=3', ['share.notice.rangeReversed']],
    ['#/read-write?embed=yes&present=2&autoplay=true&repeat=on', Array(4).fill('share.notice.badFlag')],
    ['#/read-write?controls=none&pause=forever', ['ui.notice.badView', 'ui.notice.badView']],
    ['#/read-write?scale=0.5', ['share.notice.badScale']],
    ['#/read-write?scale=2.1', ['share.notice.badScale']],
    ['#/read-write?scale=big', ['ui.notice.badView']],
    ['#/read-write?embed=1&present=1', ['share.notice.embedWithPresent']],
    ['#/read-write?present=1&embed=1', ['share.notice.embedWithPresent']],
    ['#/read-write?scale=1e309', ['ui.notice.badView']],
  ])('%s', (hash, keys) => {
    const d = decodeHash(hash);
    expect(keysOf(d)).toEqual(keys);
  });

  it('embed=1 with present=1: presenter mode wins, embed is dropped and the notice names both', () => {
    const d = decodeHash('#/sendfile?embed=1&present=1&scale=2&v=1');
    expect(d.modes).toMatchObject({ present: true, scale: 2 });
    expect(d.modes.embed).toBeUndefined();
    expect(d.notices).toEqual([
      { key: 'share.notice.embedWithPresent', params: { name: 'embed', other: 'present' } },
    ]);
    // Either one alone, or embed=0 beside present=1, is no conflict.
    for (const h of ['#/sendfile?embed=1', '#/sendfile?present=1', '#/sendfile?embed=0&present=1'])
      expect(decodeHash(h).notices).toEqual([]);
  });

  it('keeps the valid part: file=16g with buf=1m is kept, buf=1 with it is dropped', () => {
    expect(decodeHash('#/read-write?file=16g&buf=1m').params).toMatchObject({
      file: 16 * 1024 ** 3,
      buf: 1024 ** 2,
    });
    const d = decodeHash('#/read-write?file=1g&buf=1');
    expect(keysOf(d)).toEqual(['ui.notice.badCombination']);
    expect(d.params.file === 1024 ** 3 || d.params.buf === 1).toBe(true);
  });

  it('refuses a page size x86 does not have, with a notice that says why, and keeps the rest', () => {
    const d = decodeHash('#/read-write?page=16k&file=10000');
    expect(d.params).toMatchObject({ page: 4096, file: 10000 });
    expect(keysOf(d)).toEqual(['ui.notice.badCombination']);
    expect(d.notices[0]?.params).toMatchObject({ name: 'page', code: 'pageNotOnArch', arch: 'x86_64' });
  });
});

const HOSTILE = [
  '#/<script>alert(1)</script>',
  '#/read-write?file=<img src=x onerror=alert(1)>',
  '#/read-write?__proto__=x&constructor=y&prototype=z',
  '#/read-write?%E0%A4%A',
  '#/%E0%A4%A?x=%',
  '#/read-write?step=99999999999999999999',
  '#/read-write?step=9007199254740993',
  `#/read-write?${'a=1&'.repeat(5000)}`,
  `#/${'x'.repeat(100000)}`,
  '#/read-write?file=\u0000\u202e\u2028',
  '#/read-write?file=1g1g&buf=%00',
  '#/read-write?=&&&=&file',
  '#/read-write?lang=__proto__&theme=toString',
  '#/syscall/extra/parts?arch=i386',
  '#?file=1',
  'no-hash-at-all',
  '#/READ-WRITE',
  '#/read-write?file=' + '9'.repeat(400),
];

describe('hostile links never throw and open a valid state', () => {
  it.each(HOSTILE.map((h) => [h.slice(0, 60), h]))('%s', (_label, hash) => {
    const d = decodeHash(hash);
    expect(SCENARIO_IDS).toContain(d.scenario);
    expect(Number.isSafeInteger(d.step) || d.step < 1e13).toBe(true);
    expect(d.notices.length).toBeLessThanOrEqual(40);
    for (const n of d.notices) {
      for (const v of Object.values(n.params)) {
        expect(['string', 'number']).toContain(typeof v);
        if (typeof v === 'string') expect(v.length).toBeLessThanOrEqual(300);
      }
    }
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(() => encodeHash({ ...base(d.scenario), params: d.params, step: d.step })).not.toThrow();
  });

  it('random strings', async () => {
    const fc = await import('fast-check');
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit: 'binary' }), (s) => {
        for (const h of [s, `#/${s}`, `#/read-write?${s}`]) {
          const d = decodeHash(h);
          expect(SCENARIO_IDS).toContain(d.scenario);
        }
      }),
      { numRuns: 500 },
    );
  });
});
