import { describe, expect, it } from 'vitest';
import { loadNarration } from '../../../src/i18n/index';
import { narrate } from '../../../src/i18n/narrate';
import { DEFAULT_PARAMS, SCENARIO_IDS, getStep, getStraceEvents, simulate } from '../../../src/sim/index';
import { syscallBoundaries } from '../../../src/ui/export/handout/syscallBoundaries';

await loadNarration();
const app = { narrate, sim: { getStep } };

describe("the handout's narration of the syscall boundaries", () => {
  it.each(SCENARIO_IDS)('%s: one row per call, at its entry and exit steps, from the trace', (id) => {
    const trace = simulate(id, DEFAULT_PARAMS);
    const rows = syscallBoundaries(trace, 'en', 10_000, app);
    const { syscallStart, syscallEnd } = trace.groups;
    expect(rows.map((r) => r.entry.step)).toEqual([...syscallStart]);
    expect(rows.map((r) => r.exit?.step ?? -1)).toEqual([...syscallEnd]);
    for (const r of rows) {
      expect(getStep(trace, r.entry.step).kind).toBe('syscall.enter');
      if (r.exit) expect(getStep(trace, r.exit.step).kind).toBe('syscall.exit');
      // Narrated, never a bare message key.
      expect(r.entry.text).not.toMatch(/^step(Error)?\./);
      expect(r.exit?.text ?? '').not.toMatch(/^step(Error)?\./);
    }
  });

  it('names each call as strace does, in both languages, and stops at the limit', () => {
    const trace = simulate('read-write', { ...DEFAULT_PARAMS, file: 10000 });
    const rows = syscallBoundaries(trace, 'zh-CN', 3, app);
    expect(rows).toHaveLength(3);
    const firstLine = getStraceEvents(trace)[0]!.text;
    expect(firstLine.startsWith(`${rows[0]!.call}(`)).toBe(true);
    expect(rows[0]!.entry.text).toMatch(/[\u4e00-\u9fff]/);
    expect(rows[0]!.entry.text).not.toBe(syscallBoundaries(trace, 'en', 1, app)[0]!.entry.text);
  });
});
