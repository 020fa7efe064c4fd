import { act, render, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getStep, simulate, type Trace } from '../../../src/sim/index';
import { MachineView } from '../../../src/ui/machine/MachineView';

function firstStep(trace: Trace, pred: (i: number) => boolean, from = 0): number {
  for (let i = from; i < trace.length; i++) if (pred(i)) return i;
  throw new Error('no such step');
}

function view(trace: Trace, step: number, reducedMotion = true) {
  return render(<MachineView trace={trace} step={step} locale="en" reducedMotion={reducedMotion} />);
}

describe('MachineView', () => {
  it('carries data-ring on the ring indicator, following the step', () => {
    const t = simulate('syscall', {});
    const { container, rerender } = view(t, 0);
    for (let i = 0; i < t.length; i++) {
      rerender(<MachineView trace={t} step={i} locale="en" reducedMotion />);
      const ring = container.querySelectorAll('[data-ring]');
      expect(ring).toHaveLength(1);
      expect(ring[0]!.getAttribute('data-ring')).toBe(String(getStep(t, i).ring));
    }
  });

  it('after read-write’s copy, the user buffer shows p0 and the page cache still does', () => {
    const t = simulate('read-write', { file: 10000 });
    const i = firstStep(t, (k) => getStep(t, k).kind === 'cpu.copy');
    const { container } = view(t, i);
    expect(container.querySelector('[data-box="user"] [data-block="p0"]')).not.toBeNull();
    expect(
      container.querySelector('[data-box="pagecache"] [data-block="p0"][data-kind="data"]'),
    ).not.toBeNull();
    expect(container.querySelector('[data-move="copy"]')).not.toBeNull();
  });

  it('sendfile with sg=on draws frag pointers in the skb, not data blocks', () => {
    const t = simulate('sendfile', { file: 10000, sg: 'on' });
    const i = firstStep(t, (k) => getStep(t, k).kind === 'ref.move');
    const { container } = view(t, i);
    const skb = container.querySelector('[data-box="skb"]')!;
    expect(skb.querySelectorAll('[data-kind="ref"]').length).toBeGreaterThan(0);
    expect(skb.querySelectorAll('[data-kind="data"]')).toHaveLength(0);
    expect(container.querySelector('[data-pointer^="frag-"]')).not.toBeNull();
    expect(container.querySelector('[data-move="ref"]')).not.toBeNull();
  });

  it('sendfile with sg=off copies the bytes at transmit: a data block beside the queued references', () => {
    const t = simulate('sendfile', { file: 10000, sg: 'off' });
    const i = firstStep(t, (k) => getStep(t, k).kind === 'cpu.copy');
    expect(getStep(t, i).site).toBe('copy.skb_linearize');
    const { container } = view(t, i);
    expect(container.querySelectorAll('[data-box="skb"] [data-kind="data"]')).toHaveLength(1);
    expect(container.querySelectorAll('[data-box="skb"] [data-kind="ref"]')).toHaveLength(1);
    expect(container.querySelector('[data-move="copy"]')).not.toBeNull();
  });

  it('greys a task blocked on a cold read until it is woken', () => {
    const t = simulate('read-write', { file: 10000, cache: 'cold' });
    const block = firstStep(t, (k) => getStep(t, k).kind === 'sched.block');
    const wake = firstStep(t, (k) => getStep(t, k).kind === 'sched.wake', block);
    const { container, rerender } = view(t, block);
    for (let i = block; i <= wake; i++) {
      rerender(<MachineView trace={t} step={i} locale="en" reducedMotion />);
      const lane = container.querySelector('.mv-lane[data-pid="100"]')!;
      expect(lane.classList.contains('is-dim')).toBe(i < wake);
      expect(lane.getAttribute('data-state')).toMatch(i < wake ? /waiting for disk/ : /ready|running/);
    }
  });

  it('shows the disk transfer in flight with the DMA controller busy', () => {
    const t = simulate('read-write', { file: 10000, cache: 'cold' });
    const i = firstStep(t, (k) => getStep(t, k).kind === 'dma.start');
    const { container } = view(t, i);
    expect(container.querySelector('[data-inflight="disk"]')).not.toBeNull();
    expect(container.querySelector('[data-box="dma"]')!.classList.contains('is-hl')).toBe(true);
  });

  it('lights the interrupt line while the IRQ is handled', () => {
    const t = simulate('read-write', { file: 10000, cache: 'cold' });
    const i = firstStep(t, (k) => getStep(t, k).kind === 'irq.enter');
    const { container, rerender } = view(t, i - 1);
    expect(container.querySelector('[data-irq]')).toBeNull();
    rerender(<MachineView trace={t} step={i} locale="en" reducedMotion />);
    expect(container.querySelector('[data-irq]')).not.toBeNull();
  });

  it('renders the same markup at step i after going to i+3 and back', () => {
    const t = simulate('read-write', { file: 10000, cache: 'cold' });
    for (const i of [0, 5, 10, 20]) {
      const { container, rerender, unmount } = view(t, i);
      const before = container.innerHTML;
      rerender(<MachineView trace={t} step={i + 3} locale="en" reducedMotion />);
      expect(container.innerHTML).not.toBe(before);
      rerender(<MachineView trace={t} step={i} locale="en" reducedMotion />);
      expect(container.innerHTML).toBe(before);
      unmount();
    }
  });

  it('with motion, animates the step in a transient layer that a step change clears', async () => {
    const t = simulate('read-write', { file: 10000 });
    const i = firstStep(t, (k) => getStep(t, k).kind === 'cpu.copy');
    const { container, rerender } = view(t, i, false);
    const fx = container.querySelector('.mv-fx')!;
    // The drawing code loads on demand; the token appears once it has arrived.
    await waitFor(() => expect(fx.querySelector('.mv-token')).not.toBeNull());
    await act(async () => {
      rerender(<MachineView trace={t} step={i + 1} locale="en" reducedMotion={false} />);
    });
    expect(fx.querySelector('.mv-token')).toBeNull();
  });

  it('keeps the element count small for a 1 GiB file', () => {
    const t = simulate('sendfile', { file: 2 ** 30, cache: 'warm' });
    const { container } = view(t, t.length - 1);
    expect(container.querySelector('[data-block="p0–p262143"]')).not.toBeNull();
    expect(container.querySelectorAll('svg *').length).toBeLessThan(400);
  });

  it('draws one lane per process and the mapping of mmap-write pointing at the page cache', () => {
    const cow = simulate('cow-fork', {});
    expect(view(cow, 5).container.querySelectorAll('.mv-lane')).toHaveLength(2);
    const t = simulate('mmap-write', { file: 20000 });
    const i = firstStep(t, (k) => getStep(t, k).site === 'mm.fault_around');
    const { container } = view(t, i);
    expect(container.querySelector('[data-box="mapping"] [data-kind="ref"]')).not.toBeNull();
    expect(container.querySelector('[data-pointer^="pte-"]')).not.toBeNull();
  });

  it('labels the view for assistive technology in the chosen language', () => {
    const t = simulate('syscall', {});
    const { container } = render(<MachineView trace={t} step={1} locale="zh-CN" reducedMotion />);
    const svg = container.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toMatch(/^第 2\/8 步/);
  });
});
