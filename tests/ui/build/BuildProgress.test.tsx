import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../src/state/index';
import type { TraceSource } from '../../../src/worker/client';
import { BuildProgress, SHOW_AFTER_MS } from '../../../src/ui/build/BuildProgress';
import { AppStoreProvider } from '../../../src/ui/StoreContext';

/** A source whose builds never finish by themselves; cancelling rejects. */
const stalledSource: TraceSource = {
  build() {
    let reject!: (e: Error) => void;
    const trace = new Promise<never>((_, rej) => (reject = rej));
    return { trace, cancel: () => reject(new Error('cancelled')) };
  },
};

function renderBuilding(locale: 'en' | 'zh-CN' = 'en') {
  const store = createAppStore({ locale }, stalledSource);
  render(
    <AppStoreProvider store={store}>
      <BuildProgress />
    </AppStoreProvider>,
  );
  act(() => {
    store.getState().editParam('file', '1g');
    store.getState().applyParam('file');
  });
  return store;
}

const wait = (ms: number) => act(() => new Promise((r) => setTimeout(r, ms)));

describe('BuildProgress', () => {
  it('stays hidden for a short build, then shows steps built of the estimate and a Cancel button', async () => {
    const store = renderBuilding();
    expect(screen.queryByRole('progressbar')).toBeNull();
    await wait(SHOW_AFTER_MS + 50);
    const bar = screen.getByRole('progressbar');
    const estimate = store.getState().build!.estimate;
    expect(bar).toHaveAttribute('aria-valuemax', String(estimate));
    expect(bar).toHaveAttribute('aria-valuenow', '0');
    act(() => store.setState({ build: { ...store.getState().build!, steps: 65536 } }));
    expect(bar).toHaveAttribute('aria-valuenow', '65536');
    expect(bar).toHaveAccessibleName('Building the read-write run');
    expect(screen.getByText(`65,536 of about ${estimate.toLocaleString('en-US')} steps`)).toBeVisible();

    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(store.getState().build).toBeNull();
    expect(store.getState().params.file).toBe(4096);
    expect(store.getState().notices[0]?.key).toBe('ui.notice.buildCancelled');
  });

  it('speaks Chinese', async () => {
    renderBuilding('zh-CN');
    await wait(SHOW_AFTER_MS + 50);
    expect(screen.getByRole('progressbar')).toHaveAccessibleName('正在构建 read-write 运行');
    expect(screen.getByRole('button', { name: '取消' })).toBeVisible();
  });
});
