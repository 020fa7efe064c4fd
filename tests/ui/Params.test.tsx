import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS, SCENARIO_PARAMS } from '../../src/sim/index';
import { ParamsPanel } from '../../src/ui/params/ParamsPanel';
import { renderWithStore } from './renderWithStore';

describe('Parameters panel', () => {
  it('shows only the parameters of the scenario', () => {
    renderWithStore(<ParamsPanel />, { scenario: 'cow-fork', params: DEFAULT_PARAMS });
    const shown = [...document.querySelectorAll('[data-param]')].map((el) => el.getAttribute('data-param'));
    expect(shown).toEqual([...SCENARIO_PARAMS['cow-fork']]);
  });

  it('explains a bad value in place and never applies it; applies a good one on Enter', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<ParamsPanel />, { scenario: 'read-write', params: DEFAULT_PARAMS });
    const file = screen.getByRole('textbox', { name: /File size/ });
    await user.clear(file);
    await user.type(file, '12x{Enter}');
    expect(file).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Not applied: bad value for file: "12x" is not a number',
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
});
