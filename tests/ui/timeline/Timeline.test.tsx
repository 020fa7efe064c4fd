import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { getStep, simulate } from '../../../src/sim/index';
import { Timeline } from '../../../src/ui/timeline/Timeline';
import { SYNC_STEPS } from '../../../src/ui/timeline/useLanes';

// jsdom does no layout: the timeline falls back to 960 × 160 px, lanes from x = 64 to 946.
const X0 = 64;
const X1 = 946;

describe('Timeline', () => {
  const t = simulate('read-write', { file: 10000, cache: 'cold' });

  it('draws the CPU, disk, DMA and NIC lanes on one axis', () => {
    const { container } = render(<Timeline trace={t} step={0} locale="en" onSeek={() => {}} />);
    const lanes = [...container.querySelectorAll('[data-lane]')].map((e) => e.getAttribute('data-lane'));
    expect(lanes).toEqual(['cpu', 'disk', 'dma', 'nic']);
    expect(container.querySelectorAll('[data-lane="cpu"] .tl-s-idle').length).toBeGreaterThan(0);
    expect(container.querySelectorAll('[data-lane="disk"] .tl-bar').length).toBe(1);
    expect(container.querySelector('.tl-axis .tick')).not.toBeNull();
  });

  it('marks the current step’s time', () => {
    const { container, rerender } = render(<Timeline trace={t} step={0} locale="en" onSeek={() => {}} />);
    for (const i of [0, 9, t.length - 1]) {
      rerender(<Timeline trace={t} step={i} locale="en" onSeek={() => {}} />);
      const marker = container.querySelector('.tl-marker')!;
      expect(Number(marker.getAttribute('data-t'))).toBe(getStep(t, i).t);
      const x = X0 + (getStep(t, i).t / t.endTimeNs) * (X1 - X0);
      expect(Number(marker.querySelector('line')!.getAttribute('x1'))).toBeCloseTo(x, 3);
    }
  });

  it('seeks to the step nearest the clicked time', () => {
    const onSeek = vi.fn();
    render(<Timeline trace={t} step={0} locale="en" onSeek={onSeek} />);
    const slider = screen.getByRole('slider', { name: /Timeline/ });
    slider.getBoundingClientRect = () => ({
      left: 0,
      top: 0,
      right: 960,
      bottom: 160,
      width: 960,
      height: 160,
      x: 0,
      y: 0,
      toJSON: () => ({}),
    });
    const k = 20;
    fireEvent.click(slider, { clientX: X0 + (getStep(t, k).t / t.endTimeNs) * (X1 - X0) });
    expect(onSeek).toHaveBeenLastCalledWith(k);
    fireEvent.click(slider, { clientX: 5 });
    expect(onSeek).toHaveBeenLastCalledWith(0);
    fireEvent.click(slider, { clientX: 2000 });
    expect(onSeek).toHaveBeenLastCalledWith(t.length - 1);
  });

  it('is one focusable, labelled slider reporting the step', () => {
    render(<Timeline trace={t} step={9} locale="zh-CN" onSeek={() => {}} />);
    const slider = screen.getByRole('slider');
    expect(slider).toHaveAttribute('tabindex', '0');
    expect(slider).toHaveAccessibleName(/时间线/);
    expect(slider).toHaveAttribute('aria-valuenow', '9');
    expect(slider).toHaveAttribute('aria-valuemax', String(t.length - 1));
    expect(slider.getAttribute('aria-valuetext')).toMatch(new RegExp(`^第 10/${t.length} 步`));
  });

  it('scans a long trace in background slices, then draws its lanes', async () => {
    const long = simulate('read-write', { file: 2 * 2 ** 20, cache: 'warm' });
    expect(long.length).toBeGreaterThan(SYNC_STEPS);
    const { container } = render(<Timeline trace={long} step={0} locale="en" onSeek={() => {}} />);
    expect(screen.getByRole('slider')).toHaveAttribute('aria-busy', 'true');
    expect(container.querySelectorAll('.tl-bar')).toHaveLength(0);
    await waitFor(
      () => expect(container.querySelectorAll('[data-lane="cpu"] .tl-bar').length).toBeGreaterThan(0),
      {
        timeout: 10_000,
      },
    );
    expect(screen.getByRole('slider')).not.toHaveAttribute('aria-busy');
  });
});
