import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { narrate } from '../../src/i18n/narrate';
import { DEFAULT_PARAMS, getStep, simulate } from '../../src/sim/index';
import { NarrationPanel } from '../../src/ui/narration/NarrationPanel';
import { renderWithStore } from './renderWithStore';

const params = { ...DEFAULT_PARAMS, file: 10000, cache: 'warm' as const };
const trace = simulate('read-write', params);
const COPY = 1; // warm cache: the first read copies at once

describe('Narration', () => {
  it('names who runs the step: the idle task while the disk interrupt wakes P1, the disk for its own step', () => {
    const cold = { ...DEFAULT_PARAMS, file: 10000 };
    const t = simulate('read-write', cold);
    const at = (site: string) => [...Array(t.length).keys()].find((i) => getStep(t, i).site === site)!;
    const { store } = renderWithStore(<NarrationPanel />, { scenario: 'read-write', params: cold });
    act(() => store.getState().seek(at('sched.wake_io')));
    expect(getStep(t, at('sched.wake_io')).task).toBe(100);
    expect(screen.getByTestId('narration-actor')).toHaveTextContent('idle task');
    expect(screen.getByText('ring 0 · kernel mode')).toBeInTheDocument();
    act(() => store.getState().seek(at('dma.disk_to_pagecache.done')));
    expect(screen.getByTestId('narration-actor')).toHaveTextContent('the disk, on its own');
    expect(screen.queryByText(/ring \d ·/)).toBeNull();
    act(() => store.getState().seek(0));
    expect(screen.getByTestId('narration-actor')).toHaveTextContent('P1 (pid 100)');
    // The tracepoint whose stack shows the step on a real machine, from the stacks test's mapping.
    act(() => store.getState().seek(at('dma.disk_to_pagecache')));
    expect(screen.getByTestId('narration-perf')).toHaveTextContent(
      'perf record -e block:block_rq_issue -g -- ./prog',
    );
  });

  it('narrates a known step in English, with the kernel function and man page', () => {
    const { store } = renderWithStore(<NarrationPanel />, { scenario: 'read-write', params });
    act(() => store.getState().seek(COPY));
    const step = getStep(trace, COPY);
    expect(step.site).toBe('copy.pagecache_to_user');
    const live = screen.getByTestId('narration');
    expect(live).toHaveAttribute('aria-live', 'polite');
    expect(live).toHaveTextContent('4,096 bytes of file page 0 from the page cache');
    expect(live).toHaveTextContent(narrate('en', step.site, step.params));
    expect(live).toHaveTextContent(step.fn);
    expect(live).toHaveTextContent(step.man!);
    expect(screen.getByText('ring 0 · kernel mode')).toBeInTheDocument();
  });

  it('narrates the same step in 简体中文 when the locale changes', () => {
    const { store } = renderWithStore(<NarrationPanel />, { scenario: 'read-write', params });
    act(() => {
      store.getState().seek(COPY);
      store.getState().setLocale('zh-CN');
    });
    const live = screen.getByTestId('narration');
    const text = narrate('zh-CN', 'copy.pagecache_to_user', getStep(trace, COPY).params);
    expect(text).toMatch(/[\u4e00-\u9fff]/);
    expect(live).toHaveTextContent(text);
    expect(live).toHaveTextContent('文件页 0 的 4,096 字节');
    expect(screen.getByText('ring 0 · 内核态')).toBeInTheDocument();
  });

  it('goes quiet for screen readers while playing fast, and speaks again when paused', () => {
    const { store } = renderWithStore(<NarrationPanel />, { scenario: 'read-write', params });
    act(() => {
      store.getState().setSpeed('max');
      store.getState().play();
    });
    expect(screen.getByTestId('narration')).toHaveAttribute('aria-live', 'off');
    act(() => store.getState().pause());
    expect(screen.getByTestId('narration')).toHaveAttribute('aria-live', 'polite');
  });
});
