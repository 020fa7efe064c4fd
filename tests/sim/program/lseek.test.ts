// Issue 14's leftovers: lseek(fd, off, SEEK_SET) is narrated as what it is — ksys_lseek → vfs_llseek →
// ext4_llseek → generic_file_llseek_size → vfs_setpos setting f_pos — not as an opaque call.
import { describe, expect, it } from 'vitest';
import { getStep, getStraceLines, type ProgramTrace } from '../../../src/sim/index';
import { loadLocale, loadNarration } from '../../../src/i18n/index';
import { narrate } from '../../../src/i18n/narrate';
import { traceOf as traceOfProgram } from '../../helpers/programRun';

function traceOf(text: string, arch = ''): ProgramTrace {
  return traceOfProgram((arch ? `const ARCH = "${arch}";\n` : '') + text);
}

const TEXT = [
  'world file 3 = { size: 8192, cache: "warm" };',
  'world buffer buf = { size: 4096 };',
  'read(3, buf, 4096);',
  'lseek(3, 0, SEEK_SET);',
  'r = lseek(3, -1, SEEK_SET);',
  'n = read(3, buf, 4096);',
].join('\n');

describe('lseek', () => {
  it('moves only the position: two steps, one system call, and the next read starts at the offset', () => {
    const trace = traceOf(TEXT);
    const steps = [...Array(trace.length).keys()].map((i) => getStep(trace, i));
    const seek = steps.filter((s) => s.syscall === 'lseek');
    expect(seek.map((s) => s.site)).toEqual(['lseek.enter', 'lseek.exit', 'lseek.enter', 'lseek.exit']);
    expect(seek[0]!.fn).toBe('ksys_lseek → vfs_llseek → ext4_llseek → generic_file_llseek_size → vfs_setpos');
    expect(seek[0]!.man).toBe('lseek(2)');
    // The second read copies file page 0 again: the position went back.
    const copies = steps.filter((s) => s.site === 'copy.pagecache_to_user');
    expect(copies.map((s) => s.data?.offset)).toEqual([0, 0]);
    expect(trace.totals.syscalls).toBe(4);
    expect(getStraceLines(trace)).toEqual([
      'read(3, buf, 4096) = 4096',
      'lseek(3, 0, SEEK_SET) = 0',
      'lseek(3, -1, SEEK_SET) = -1 EINVAL (Invalid argument)',
      'read(3, buf, 4096) = 4096',
    ]);
  });

  it('i386 glibc calls _llseek, as strace shows it', () => {
    const lines = getStraceLines(traceOf(TEXT, 'i386'));
    expect(lines[1]).toBe('_llseek(3, 0, [0], SEEK_SET) = 0');
    expect(lines[2]).toBe('_llseek(3, -1, ADDR, SEEK_SET) = -1 EINVAL (Invalid argument)');
  });

  it('is narrated as setting f_pos, in English and Chinese, and never as "not modelled"', async () => {
    await loadNarration();
    await loadLocale('zh-CN');
    const trace = traceOf(TEXT);
    const steps = [...Array(trace.length).keys()].map((i) => getStep(trace, i));
    const [enter, exit, , failed] = steps.filter((s) => s.syscall === 'lseek');
    const en = narrate('en', exit!.site, exit!.params);
    expect(narrate('en', enter!.site, enter!.params)).toContain('ksys_lseek');
    expect(en).toContain('vfs_setpos stored the offset in the open file’s position (f_pos)');
    expect(en).toContain('No page is read, copied or mapped');
    expect(en).not.toMatch(/not modelled/i);
    expect(narrate('en', failed!.site, failed!.params)).toContain('returns -22 (EINVAL)');
    expect(narrate('zh-CN', exit!.site, exit!.params)).toContain('f_pos');
    expect(narrate('zh-CN', exit!.site, exit!.params)).not.toContain('未建模');
  });
});
