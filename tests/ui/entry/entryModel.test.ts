import { describe, expect, it } from 'vitest';
import { SCENARIO_IDS, getStep, simulate, type Trace } from '../../../src/sim/index';
import { toEntryView } from '../../../src/ui/entry/entryModel';

function phases(trace: Trace): string[] {
  return Array.from({ length: trace.length }, (_, i) => toEntryView(trace, i).phase);
}

describe('toEntryView: the syscall scenario', () => {
  it('x86-64: syscall/sysret, rax = 39 → __x64_sys_getpid, the phases step by step', () => {
    const t = simulate('syscall');
    expect(phases(t)).toEqual(['entry', 'entry', 'entry', 'dispatch', 'kernel', 'return', 'return', 'user']);
    const v = toEntryView(t, 3);
    expect(v.path).toMatchObject({
      instruction: 'syscall',
      returnInstruction: 'sysret',
      numberRegister: 'rax',
    });
    expect(v.path.cpuRegisterSaves).toEqual([
      { from: 'rip', to: 'rcx' },
      { from: 'rflags', to: 'r11' },
    ]);
    expect(v.path.frame.filter((s) => s.by === 'cpu')).toEqual([]);
    expect(v.call).toMatchObject({ name: 'getpid', nr: 39, handler: '__x64_sys_getpid', ret: null });
    expect(v.kernelStackBytes).toBe(16384);
    expect(toEntryView(t, 6).call).toMatchObject({ ret: 100, errname: '' });
    expect(toEntryView(t, 6).ring).toBe(3);
  });

  it('i386: int 0x80 pushes ss, esp, eflags, cs, eip by hardware; eax = 20 → __ia32_sys_getpid; iret', () => {
    const t = simulate('syscall', { arch: 'i386' });
    const v = toEntryView(t, 0);
    expect(v.phase).toBe('entry');
    expect(v.path).toMatchObject({
      instruction: 'int 0x80',
      returnInstruction: 'iret',
      numberRegister: 'eax',
    });
    expect(v.path.cpuRegisterSaves).toEqual([]);
    expect(v.path.frame.filter((s) => s.by === 'cpu').map((s) => s.from ?? s.slot)).toEqual([
      'ss',
      'esp',
      'eflags',
      'cs',
      'eip',
    ]);
    expect(v.call).toMatchObject({ name: 'getpid', nr: 20, handler: '__ia32_sys_getpid' });
    expect(v.kernelStackBytes).toBe(8192);
  });

  it('the number the trace dispatches is the table’s number', () => {
    for (const arch of ['x86_64', 'i386'] as const) {
      const t = simulate('syscall', { arch });
      const dispatch = getStep(t, 3);
      expect(dispatch.kind).toBe('entry.detail');
      expect(toEntryView(t, 3).call!.nr).toBe(Number(dispatch.params.nr));
    }
  });
});

describe('toEntryView: every syscall of every scenario', () => {
  it.each(SCENARIO_IDS.flatMap((id) => [[id, 'x86_64'] as const, [id, 'i386'] as const]))(
    '%s on %s: each entry step is the entry phase of its own call, with a number and handler',
    (id, arch) => {
      const t = simulate(id, { arch });
      for (let i = 0; i < t.length; i++) {
        const s = getStep(t, i);
        if (s.kind !== 'syscall.enter' && s.kind !== 'syscall.exit') continue;
        const v = toEntryView(t, i);
        expect(v.phase, `step ${i}`).toBe(s.kind === 'syscall.enter' ? 'entry' : 'return');
        expect(v.call!.name).toBe(s.syscall);
        expect(v.call!.nr, `${s.syscall} has a number`).not.toBeNull();
        expect(v.call!.handler).toMatch(arch === 'i386' ? /^__ia32_sys_/ : /^__x64_sys_/);
        if (s.kind === 'syscall.exit') expect(v.call!.ret).toBe(Number(s.params.ret));
      }
    },
  );

  it('read-write: read is 0/3 and write 1/4; the body of read is in the kernel phase', () => {
    for (const [arch, read, write] of [
      ['x86_64', 0, 1],
      ['i386', 3, 4],
    ] as const) {
      const t = simulate('read-write', { arch });
      const enter = [...Array(t.length).keys()].filter((i) => getStep(t, i).kind === 'syscall.enter');
      expect(enter.map((i) => toEntryView(t, i).call!.nr)).toEqual([read, write]);
      expect(toEntryView(t, enter[0]! + 1)).toMatchObject({ phase: 'kernel', call: { name: 'read' } });
    }
  });

  it('mmap on i386 is mmap2 (192) → sys_mmap_pgoff', () => {
    const t = simulate('mmap-write', { arch: 'i386' });
    expect(toEntryView(t, 0).call).toMatchObject({ name: 'mmap', tableName: 'mmap2', nr: 192 });
    expect(toEntryView(t, 0).call!.handler).toBe('__ia32_sys_mmap_pgoff');
  });

  it('cow-fork: the child returns from clone through ret_from_fork; the parent sleeps in wait4', () => {
    const t = simulate('cow-fork');
    const child = [...Array(t.length).keys()].find((i) => getStep(t, i).site === 'task.ret_from_fork')!;
    expect(toEntryView(t, child)).toMatchObject({
      pid: 101,
      phase: 'return',
      call: { name: 'clone', fromFork: true, ret: 0, nr: 56 },
    });
    const block = [...Array(t.length).keys()].find((i) => getStep(t, i).kind === 'sched.block')!;
    expect(toEntryView(t, block)).toMatchObject({
      pid: 100,
      phase: 'kernel',
      call: { name: 'wait4', nr: 61 },
    });
    const exitGroup = [...Array(t.length).keys()].find((i) => getStep(t, i).syscall === 'exit_group')!;
    expect(toEntryView(t, exitGroup + 1).call).toMatchObject({
      name: 'exit_group',
      ret: null,
      exitStep: null,
    });
  });

  it('kernel-access makes no system call', () => {
    const t = simulate('kernel-access');
    expect(toEntryView(t, 0)).toMatchObject({ call: null, phase: 'user' });
  });
});

describe('pt_regs->ax', () => {
  it.each(['x86_64', 'i386'] as const)(
    '%s: holds -ENOSYS until the handler stores the result, then the value the call returns',
    (arch) => {
      const trace = simulate('syscall', { arch });
      const steps = [...Array(trace.length).keys()].map((i) => getStep(trace, i));
      const work = steps.findIndex((s) => s.site.startsWith('entry.work'));
      const exit = steps.findIndex((s) => s.kind === 'syscall.exit');
      expect(work).toBeGreaterThan(0);
      expect(exit).toBeGreaterThan(work);
      const ret = Number(getStep(trace, exit).params.ret);
      for (let i = 0; i < work; i++) expect(toEntryView(trace, i).axResult, `step ${i}`).toBeNull();
      for (let i = work; i <= exit; i++) expect(toEntryView(trace, i).axResult, `step ${i}`).toBe(ret);
    },
  );
});

describe('the return instruction', () => {
  it('is the arch’s own for a call that entered, IRET for the fork child', () => {
    const trace = simulate('cow-fork', { arch: 'x86_64' });
    const views = [...Array(trace.length).keys()].map((i) => toEntryView(trace, i));
    const child = views.find((v) => v.call?.fromFork);
    expect(child?.call?.returnInstruction).toBe('iret');
    expect(views.find((v) => v.call && !v.call.fromFork)?.call?.returnInstruction).toBe('sysret');
  });
});
