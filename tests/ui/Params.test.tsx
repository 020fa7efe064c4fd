import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { loadEditorMessages, loadLocale } from '../../src/i18n/index';
import { DEFAULT_PARAMS, SCENARIO_PARAMS } from '../../src/sim/index';
import { ParamsPanel } from '../../src/ui/params/ParamsPanel';
import { renderWithStore } from './renderWithStore';

describe('Parameters panel', () => {
  it('shows only the parameters of the scenario', () => {
    renderWithStore(<ParamsPanel />, { scenario: 'cow-fork', params: DEFAULT_PARAMS });
    const shown = [...document.querySelectorAll('[data-param]')].map((el) => el.getAttribute('data-param'));
    // The cost overrides are edited in the cost model's table, not as a field of their own.
    expect(shown).toEqual(SCENARIO_PARAMS['cow-fork'].filter((n) => n !== 'costs'));
  });

  it('edits a single cost of the preset: the change is the costs parameter, marked, and can be undone', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<ParamsPanel />, {
      scenario: 'sendfile',
      params: { ...DEFAULT_PARAMS, preset: 'loopback' },
    });
    // The table loads when the fold-out first opens.
    await user.click(document.querySelector('.cost-model > summary')!);
    // The cost table loads on demand; on a busy machine that takes longer than findBy's default second.
    const refMove = await screen.findByRole('textbox', { name: 'refMove (ns)' }, { timeout: 10_000 });
    expect(refMove).toHaveValue('11000');
    await user.clear(refMove);
    await user.type(refMove, '5000{Enter}');
    expect(store.getState().params.costs).toBe('refMove:5000');
    expect(document.querySelector('[data-cost="refMove"]')).toHaveAttribute('data-value', '5000');
    expect(document.querySelector('[data-cost="refMove"]')).toHaveClass('edited');
    // A value the preset already has is no override.
    const sysret = screen.getByRole('textbox', { name: 'sysret (ns)' });
    await user.clear(sysret);
    await user.type(sysret, '24{Enter}');
    expect(store.getState().params.costs).toBe('refMove:5000');
    // Not a number: refused in place, nothing applied.
    await user.clear(sysret);
    await user.type(sysret, 'fast{Enter}');
    expect(store.getState().params.costs).toBe('refMove:5000');
    expect(screen.getByRole('alert')).toHaveTextContent(/name:value/);
    await user.click(screen.getByRole('button', { name: "Back to the preset's numbers" }));
    expect(store.getState().params.costs).toBe('');
  });

  it('explains a bad value in place and never applies it; applies a good one on Enter', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<ParamsPanel />, { scenario: 'read-write', params: DEFAULT_PARAMS });
    const file = screen.getByRole('textbox', { name: /File size/ });
    await user.clear(file);
    await user.type(file, '12x{Enter}');
    expect(file).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Not applied: file = “12x” is not a number; allowed: an integer from 1 to 17,179,869,184',
    );
    expect(store.getState().params.file).toBe(4096);
    await user.clear(file);
    await user.type(file, '10k{Enter}');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(store.getState().params.file).toBe(10240);
  });

  it('applies on blur, and a choice at once', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<ParamsPanel />, { scenario: 'sendfile', params: DEFAULT_PARAMS });
    const file = screen.getByRole('textbox', { name: /File size/ });
    await user.clear(file);
    await user.type(file, '1m');
    expect(store.getState().params.file).toBe(4096);
    await user.tab();
    expect(store.getState().params.file).toBe(1024 * 1024);
    await user.selectOptions(screen.getByRole('combobox', { name: /scatter-gather/ }), 'off');
    expect(store.getState().params.sg).toBe('off');
  });

  it('says why in Chinese when the app is in Chinese, for a value alone and for a combination', async () => {
    const user = userEvent.setup();
    renderWithStore(<ParamsPanel />, { scenario: 'direct-io', params: DEFAULT_PARAMS, locale: 'zh-CN' });
    const bufoff = screen
      .getAllByRole('textbox')
      .find((f) => f.closest('[data-param]')?.getAttribute('data-param') === 'bufoff')!;
    await user.clear(bufoff);
    await user.type(bufoff, '99999{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent(
      '未采用：bufoff = “99999”超出范围；允许的值：0 到 65,535 之间的整数（可用 k、m、g 后缀）',
    );
    await user.clear(bufoff);
    await user.type(bufoff, '8192{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('未采用：bufoff = 8,192 必须小于页大小（4,096）');
    expect(screen.getByRole('alert').textContent).not.toMatch(/bad value|must be/);
  });

  it('a value a program of the user’s own fails on is refused with its problem, in the reader’s language', async () => {
    await Promise.all([loadLocale('zh-CN'), loadEditorMessages()]);
    const user = userEvent.setup();
    const { store } = renderWithStore(<ParamsPanel />);
    act(() => {
      store
        .getState()
        .setDraft(['const F = 4096;', 'world file 3 = { size: F };', 'x = 10 / (F - 8192);'].join('\n'));
      store.getState().runDraft();
    });
    const file = document.querySelector<HTMLInputElement>('[data-param="file"] input')!;
    await user.clear(file);
    await user.type(file, '8k{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent(/line 3, column \d+: division by zero/i);
    act(() => store.getState().setLocale('zh-CN'));
    expect(screen.getByRole('alert')).toHaveTextContent(/第 3 行，第 \d+ 列：除数为零/);
  });
});
