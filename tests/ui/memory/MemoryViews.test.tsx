import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../../src/i18n/index';
import { getStep, simulate, type Trace } from '../../../src/sim/index';
import { AddressSpaceView } from '../../../src/ui/memory/AddressSpaceView';
import { PageWalkView } from '../../../src/ui/memory/PageWalkView';
import { PhysicalMemoryView } from '../../../src/ui/memory/PhysicalMemoryView';

function findStep(trace: Trace, pred: (s: ReturnType<typeof getStep>) => boolean): number {
  for (let i = 0; i < trace.length; i++) if (pred(getStep(trace, i))) return i;
  throw new Error('no such step');
}

const cow = simulate('cow-fork');
const afterFork = findStep(cow, (s) => s.kind === 'mm.fork') + 1;

describe('PageWalkView', () => {
  it('kernel-access: shows the supervisor PTE, "U/S check failed" and the killed process', () => {
    const t = simulate('kernel-access');
    render(<PageWalkView trace={t} step={t.length - 1} locale="en" />);
    expect(screen.getByText(/0xffff888000000000/)).toBeInTheDocument();
    const check = screen.getByRole('status');
    expect(check).toHaveTextContent('U/S check failed');
    expect(check).toHaveClass('mem-check-bad');
    const us = document.querySelector('[data-flag="user"]')!;
    expect(us).toHaveTextContent('supervisor only');
    expect(us).toHaveClass('mem-flag-bad');
    expect(screen.getByTestId('walk-killed')).toHaveTextContent('Process 100 killed by SIGSEGV');
    expect(document.querySelector('[data-level="pgd"] [data-index]')).toHaveAttribute('data-index', '273');
  });

  it('renders in Chinese with the same structure', () => {
    const t = simulate('kernel-access', { arch: 'i386' });
    render(<PageWalkView trace={t} step={1} locale="zh-CN" />);
    expect(screen.getByRole('status')).toHaveTextContent(CATALOGS['zh-CN']['memory.check.us-failed']!);
    expect(document.querySelector('[data-level="pgd"] [data-index]')).toHaveAttribute('data-index', '768');
  });
});

describe('PhysicalMemoryView', () => {
  it('after fork: every anon frame has refcount 2 and is mapped read-only by both processes', () => {
    render(<PhysicalMemoryView trace={cow} step={afterFork} locale="en" />);
    const rows = document.querySelectorAll('.mem-frame-anon');
    expect(rows.length).toBe(cow.params.pages);
    for (const row of rows) {
      expect(within(row as HTMLElement).getByText('2')).toBeInTheDocument();
      expect(row).toHaveTextContent('pid 100 (read-only), pid 101 (read-only)');
    }
  });

  it('read-write at its peak: three copies of the same file bytes', () => {
    const t = simulate('read-write');
    const i = findStep(
      t,
      (s) => s.site === 'copy.user_to_skb' || (s.kind === 'cpu.copy' && s.data?.to === 'skb'),
    );
    render(<PhysicalMemoryView trace={t} step={i} locale="en" />);
    expect(screen.getByText('Copies of the same file bytes in RAM at this step')).toBeInTheDocument();
    expect(document.querySelector('[data-copies="3"]')).toHaveTextContent('page cache');
  });
});

describe('AddressSpaceView', () => {
  it('draws the kernel half once, shared by both processes, and a column per process', () => {
    render(<AddressSpaceView trace={cow} step={afterFork} locale="en" />);
    expect(screen.getByText('parent (pid 100)')).toBeInTheDocument();
    expect(screen.getByText('child (pid 101)')).toBeInTheDocument();
    const direct = document.querySelector('[data-band="kernel-direct-map"]')!;
    expect(direct).toBeTruthy();
    // One cell spans the five kernel bands: the kernel half is the same in every process.
    const shared = screen.getAllByText(/^shared by all processes/);
    expect(shared).toHaveLength(1);
    expect(shared[0]!.closest('[role="cell"]')).toHaveAttribute('aria-rowspan', '5');
    expect(document.querySelector('[data-band="non-canonical"]')).toBeTruthy();
    expect(screen.getByText('Kernel stack of pid 101')).toBeInTheDocument();
    const rows = document.querySelectorAll('[data-vaddr="0x4aa000"]');
    expect(
      [...rows].map((r) => [
        r.textContent?.startsWith('0x4aa000 → frame 0x40000'),
        r.getAttribute('data-writable'),
      ]),
    ).toEqual([
      [true, 'false'],
      [true, 'false'],
    ]);
  });

  it('kernel-access: the killed process has no address space and the direct map is the touched band', () => {
    const t = simulate('kernel-access');
    render(<AddressSpaceView trace={t} step={t.length - 1} locale="en" />);
    expect(screen.getByText('killed')).toBeInTheDocument();
    expect(document.querySelector('.mem-shared.mem-touched')).toHaveTextContent(
      'this step touches the kernel half: direct map of all RAM',
    );
    expect(document.querySelector('[data-band="kernel-direct-map"] .mem-axis')).toHaveClass('mem-touched');
  });
});
