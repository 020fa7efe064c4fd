// Issue 14: a program that reads several files; the page-cache box shows the file the run works on (its fd in
// the title, its own pages and size) and lists the others' cached pages in its caption.
import { describe, expect, it } from 'vitest';
import { countPages, getMachineAt, getStep, runProgram, type Trace } from '../../../src/sim/index';
import { toMachineView } from '../../../src/ui/machine/toMachineView';

const PROGRAM = `const F = 65536;
world file 3 = { size: F, cache: "cold" };
world file 7 = { size: 16384, cache: "warm" };
world tcp 4;
world buffer buf = { size: 4096 };
sendfile(4, 3, NULL, F);
while ((n = read(7, buf, 4096)) > 0) {
  write(4, buf, n);
}
`;

function trace(): Trace {
  const r = runProgram(PROGRAM, {}, { scenario: 'sendfile' });
  if (!r.ok) throw new Error(r.problem.message);
  // Run with a scenario's mark, as the app's worker runs a copy of one.
  return r.trace as Trace;
}

describe('several files in the page-cache box', () => {
  const t = trace();
  const stepsOn = (fd: number) =>
    Array.from({ length: t.length }, (_, i) => i).filter((i) => getStep(t, i).params.fileFd === fd);

  it("a step on file 3 shows file 3's 16 pages and lists file 7's 4", () => {
    const i = stepsOn(3).at(-1)!;
    const pc = toMachineView(t, i, 'en').pagecache!;
    expect(pc.title).toBe('page cache · file fd 3');
    expect(pc.totalPages).toBe(16);
    const m = getMachineAt(t, i);
    expect(pc.caption).toContain(`cached: ${countPages(m.cached)}/16 pages`);
    expect(pc.caption).toContain('fd 7: 4/4');
  });

  it("a step on file 7, and the socket write after it, show file 7's 4 pages and list file 3", () => {
    const i = stepsOn(7)[0]!;
    const after = Array.from({ length: t.length - i }, (_, k) => i + k).find(
      (k) => getStep(t, k).site.startsWith('write') && getStep(t, k).params.fileFd === undefined,
    )!;
    for (const k of [i, after]) {
      const pc = toMachineView(t, k, 'en').pagecache!;
      expect(pc.title, `step ${k}`).toBe('page cache · file fd 7');
      expect(pc.totalPages).toBe(4);
      expect(pc.caption).toContain('cached: 4/4 pages');
      expect(pc.caption).toMatch(/fd 3: \d+\/16/);
    }
    expect(toMachineView(t, i, 'zh-CN').pagecache!.title).toBe('页缓存 · 文件 fd 7');
  });

  it('a one-file run keeps its plain title and caption', () => {
    const r = runProgram(
      PROGRAM.replace(/world file 7.*\n/, '').replace(/while[^}]*}\n/s, ''),
      {},
      { scenario: 'sendfile' },
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const pc = toMachineView(r.trace as Trace, r.trace.length - 1, 'en').pagecache!;
    expect(pc.title).toBe('page cache');
    expect(pc.caption).not.toContain('fd ');
  });
});

describe('several files in the RAM row', () => {
  it("each file's cached frames are labelled with its descriptor; one file keeps 'cache'", () => {
    const t = trace();
    const cells = toMachineView(t, t.length - 1, 'en').ram.cells;
    const pc = cells.filter((c) => c.label.startsWith('cache'));
    expect(pc.map((c) => `${c.label} ${c.sub}`)).toEqual(['cache fd 3 p0–p15', 'cache fd 7 p0–p3']);
    expect(toMachineView(t, t.length - 1, 'zh-CN').ram.cells.some((c) => c.label === '页缓存 fd 7')).toBe(
      true,
    );
  });
});
