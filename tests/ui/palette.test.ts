import { describe, expect, it } from 'vitest';
import { contrast, deltaE2000, deuteranopia, parseHex, type Rgb } from './palette/colour';
import { readThemes } from './palette/readTheme';

/**
 * Colour is never the only carrier, and where it helps it must still work for the ~1 in 12 men with a
 * red–green deficiency: every palette of src/ui/theme.css, seen through a deuteranopia simulation (Machado
 * 2009), keeps the colours that must be told apart apart (CIEDE2000; ~2.3 is just noticeable).
 */
const themes = readThemes();
const PAGES = [0, 1, 2, 3, 4, 5, 6, 7];
/** Any two page colours (blocks of different pages can sit side by side). */
const PAGE_MIN = 8;
/** Consecutive pages (p3 next to p4 in the page cache) and the timeline's lanes need a clear gap. */
const NEIGHBOUR_MIN = 12;
const LANE_MIN = 15;

const colour = (vars: Record<string, string>, name: string): Rgb => parseHex(vars[name]!);
const mix = (a: Rgb, b: Rgb, wa: number): Rgb => [0, 1, 2].map((i) => wa * a[i]! + (1 - wa) * b[i]!) as never;
const seen = (a: Rgb, b: Rgb) => deltaE2000(deuteranopia(a), deuteranopia(b));

describe('colour helpers', () => {
  it('agree with published figures', () => {
    // Sharma et al. (2005) test pair 1 is given in Lab; a known sRGB pair stands in: black/white ΔE00 = 100.
    expect(deltaE2000([0, 0, 0], [255, 255, 255])).toBeCloseTo(100, 0);
    expect(contrast([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    // Pure red and green, easy for most, collapse for deuteranopes (both become olive-brown).
    expect(deltaE2000([200, 40, 40], [40, 140, 40])).toBeGreaterThan(40);
    expect(seen([200, 40, 40], [40, 140, 40])).toBeLessThan(15);
  });
});

describe.each(['light', 'dark', 'projector'])('%s theme palette', (theme) => {
  const vars = themes[theme]!;

  it('is read from theme.css', () => {
    expect(Object.keys(vars)).toEqual(
      expect.arrayContaining(['--page-0', '--page-7', '--ring0', '--block-fg']),
    );
  });

  it('page colours stay apart for deuteranopia (any pair, and consecutive pages more)', () => {
    const close: string[] = [];
    for (const i of PAGES) {
      for (const j of PAGES.filter((j) => j > i)) {
        const neighbours = j === i + 1 || (i === 0 && j === 7);
        const d = seen(colour(vars, `--page-${i}`), colour(vars, `--page-${j}`));
        if (d < (neighbours ? NEIGHBOUR_MIN : PAGE_MIN)) close.push(`p${i}/p${j}: ${d.toFixed(1)}`);
      }
    }
    expect(close).toEqual([]);
  });

  it('timeline lanes (user, kernel, interrupt, idle, device busy) stay apart for deuteranopia', () => {
    const lanes: Record<string, Rgb> = {
      user: colour(vars, '--ring3'),
      kernel: colour(vars, '--ring0'),
      irq: colour(vars, '--page-0'),
      idle: mix(colour(vars, '--muted'), colour(vars, '--panel'), 0.3),
      busy: colour(vars, '--accent'),
    };
    const names = Object.keys(lanes);
    const close = names.flatMap((a, i) =>
      names
        .slice(i + 1)
        .filter((b) => seen(lanes[a]!, lanes[b]!) < LANE_MIN)
        .map((b) => `${a}/${b}: ${seen(lanes[a]!, lanes[b]!).toFixed(1)}`),
    );
    expect(close).toEqual([]);
  });

  it('block labels are readable on every page colour, ring and status text on the page (WCAG AA 4.5:1)', () => {
    const low: string[] = [];
    const check = (fg: string, bg: string) => {
      const c = contrast(colour(vars, fg), colour(vars, bg));
      if (c < 4.5) low.push(`${fg} on ${bg}: ${c.toFixed(2)}`);
    };
    for (const k of PAGES) check('--block-fg', `--page-${k}`);
    for (const fg of ['--fg', '--muted', '--ring0', '--ring3', '--danger', '--ok', '--accent']) {
      check(fg, '--bg');
      check(fg, '--panel');
    }
    check('--accent-fg', '--accent');
    expect(low).toEqual([]);
  });
});
