import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../../src/i18n/index';
import { simulate } from '../../../src/sim/index';
import { EntryView } from '../../../src/ui/entry/EntryView';

describe('EntryView', () => {
  it('x86-64 syscall at the dispatch step: rip → rcx, rflags → r11, no hardware push, rax = 39', () => {
    const t = simulate('syscall');
    render(<EntryView trace={t} step={3} locale="en" />);
    const view = screen.getByTestId('entry-view');
    expect(view).toHaveAttribute('data-instruction', 'syscall');
    expect(view).toHaveAttribute('data-phase', 'dispatch');
    expect(document.querySelector('[data-reg-move="rip>rcx"]')).toBeInTheDocument();
    expect(document.querySelector('[data-reg-move="rflags>r11"]')).toBeInTheDocument();
    expect(document.querySelector('[data-cpu-push="none"]')).toBeInTheDocument();
    expect(document.querySelectorAll('[data-by="cpu"]')).toHaveLength(0);
    const dispatch = document.querySelector('[data-part="dispatch"]')!;
    expect(dispatch).toHaveAttribute('data-nr', '39');
    expect(dispatch).toHaveAttribute('data-handler', '__x64_sys_getpid');
    expect(dispatch).toHaveTextContent('rax = 39 (getpid)');
    // Since 6.9 a switch in x64_sys_call(), not an indirect call through sys_call_table[].
    expect(dispatch).toHaveTextContent('do_syscall_64 → x64_sys_call(): case 39 → __x64_sys_getpid');
    expect(dispatch).not.toHaveTextContent('sys_call_table[39]');
    expect(dispatch.querySelector('[data-part="dispatch-table-note"]')).toHaveTextContent(
      /no longer used to make the call/,
    );
    expect(document.querySelector('[data-phase-box="dispatch"]')).toHaveAttribute('aria-current', 'step');
  });

  it('i386 int 0x80 at the return: five slots pushed by the CPU, eax = 100 via iret', () => {
    const t = simulate('syscall', { arch: 'i386' });
    render(<EntryView trace={t} step={t.length - 2} locale="en" />);
    expect(screen.getByTestId('entry-view')).toHaveAttribute('data-instruction', 'int 0x80');
    const cpu = [...document.querySelectorAll('[data-by="cpu"]')].map((e) => e.getAttribute('data-slot'));
    expect(cpu).toEqual(['ss', 'sp', 'flags', 'cs', 'ip']);
    expect(document.querySelector('[data-cpu-push]')).toHaveAttribute(
      'data-cpu-push',
      'ss,esp,eflags,cs,eip',
    );
    expect(document.querySelector('[data-part="return"]')).toHaveAttribute('data-ret', '100');
    expect(document.querySelector('[data-part="return"]')).toHaveTextContent('eax = 100');
    expect(document.querySelector('[data-part="dispatch"]')).toHaveAttribute('data-nr', '20');
    expect(document.querySelector('[data-part="dispatch"]')).toHaveTextContent(
      'do_int80_syscall_32 → ia32_sys_call(): case 20 → __ia32_sys_getpid',
    );
    // Since 4.19 the CPU pushes onto the per-CPU entry stack; SAVE_ALL copies the frame to the task stack.
    expect(document.querySelector('[data-part="cpu"]')).toHaveTextContent(/per-CPU entry stack.*TSS\.sp0/);
    expect(document.querySelector('[data-part="entry-code"]')).toHaveTextContent(/switch_stacks=1/);
  });

  it('renders in Chinese with the same hooks', () => {
    const t = simulate('syscall', { arch: 'i386' });
    render(<EntryView trace={t} step={0} locale="zh-CN" />);
    expect(screen.getByTestId('entry-view')).toHaveAttribute('data-phase', 'entry');
    expect(screen.getByText(CATALOGS['zh-CN']['entry.dispatch.title']!)).toBeInTheDocument();
  });

  it('kernel-access: says the task makes no system call', () => {
    const t = simulate('kernel-access');
    render(<EntryView trace={t} step={0} locale="en" />);
    expect(screen.getByText(/makes no system call/)).toBeInTheDocument();
  });
});
