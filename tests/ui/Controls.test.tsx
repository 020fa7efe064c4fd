import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS, getNeighbourStep, simulate } from '../../src/sim/index';
import { ControlsBar } from '../../src/ui/controls/ControlsBar';
import { MinimalControls } from '../../src/ui/controls/MinimalControls';
import { renderWithStore } from './renderWithStore';

const indicator = () => document.querySelector('[data-step]')!;
const step = () => Number(indicator().getAttribute('data-step'));
const params = { ...DEFAULT_PARAMS, file: 10000 };
const trace = simulate('read-write', params);

describe('Controls', () => {
  it('shows "Step n of N" with data-step (0-based) and data-steps', () => {
    renderWithStore(<ControlsBar />, { scenario: 'read-write', params });
    expect(indicator()).toHaveAttribute('data-steps', String(trace.length));
    expect(indicator()).toHaveAttribute('data-step', '0');
    expect(indicator()).toHaveTextContent(`Step 1 of ${trace.length}`);
  });

  it('buttons step forward, back, to the end and back to the start', async () => {
    const user = userEvent.setup();
    renderWithStore(<ControlsBar />, { scenario: 'read-write', params });
    const back = screen.getByRole('button', { name: 'Step back' });
    expect(back).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Step forward' }));
    await user.click(screen.getByRole('button', { name: 'Step forward' }));
    expect(step()).toBe(2);
    await user.click(back);
    expect(step()).toBe(1);
    await user.click(screen.getByRole('button', { name: 'Next system call' }));
    expect(step()).toBe(getNeighbourStep(trace, 1, 'syscall', 1));
    await user.click(screen.getByRole('button', { name: 'Go to the end' }));
    expect(step()).toBe(trace.length - 1);
    expect(screen.getByRole('button', { name: 'Step forward' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Back to the start' }));
    expect(step()).toBe(0);
  });

  it('keys: → ← PgDn PgUp Shift+→ End Home move data-step', async () => {
    const user = userEvent.setup();
    renderWithStore(<ControlsBar />, { scenario: 'read-write', params });
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(step()).toBe(3);
    await user.keyboard('{ArrowLeft}');
    expect(step()).toBe(2);
    await user.keyboard('{PageDown}{PageDown}');
    expect(step()).toBe(4);
    await user.keyboard('{PageUp}');
    expect(step()).toBe(3);
    await user.keyboard('{Shift>}{ArrowRight}{/Shift}');
    expect(step()).toBe(getNeighbourStep(trace, 3, 'syscall', 1));
    await user.keyboard('{End}');
    expect(step()).toBe(trace.length - 1);
    await user.keyboard('{Home}');
    expect(step()).toBe(0);
  });

  it('steps by the chosen unit', async () => {
    const user = userEvent.setup();
    renderWithStore(<ControlsBar />, { scenario: 'read-write', params });
    const unit = screen.getByRole('combobox', { name: 'Step by' });
    await user.selectOptions(unit, 'iteration');
    act(() => unit.blur()); // a focused select keeps its own arrow keys
    await user.keyboard('{ArrowRight}');
    expect(step()).toBe(getNeighbourStep(trace, 0, 'iteration', 1));
  });

  it('Space plays and pauses; + and - change the speed', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<ControlsBar />, { scenario: 'read-write', params });
    await user.keyboard(' ');
    expect(store.getState().playing).toBe(true);
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    await user.keyboard(' ');
    expect(store.getState().playing).toBe(false);
    await user.keyboard('+');
    expect(store.getState().speed).toBe(2);
    await user.keyboard('--');
    expect(store.getState().speed).toBe(0.5);
    expect(screen.getByRole('combobox', { name: 'Speed' })).toHaveValue('0.5');
  });

  it('the scrubber seeks', () => {
    renderWithStore(<ControlsBar />, { scenario: 'read-write', params });
    const scrub = screen.getByRole('slider', { name: 'Step' });
    act(() => {
      fireEvent.change(scrub, { target: { value: '17' } });
    });
    expect(step()).toBe(17);
  });

  it('leaves keys typed into a text field alone', async () => {
    const user = userEvent.setup();
    renderWithStore(
      <>
        <input aria-label="field" />
        <ControlsBar />
      </>,
      { scenario: 'read-write', params },
    );
    await user.click(screen.getByRole('textbox', { name: 'field' }));
    await user.keyboard('{ArrowRight}{End} ');
    expect(step()).toBe(0);
  });
});

describe('Controls with a playback range (embed links)', () => {
  it('the scrubber shows the whole run with the range as a band; seeking outside it lands on its ends', () => {
    const { container } = renderWithStore(<ControlsBar />, {
      scenario: 'read-write',
      params,
      from: 3,
      to: 12,
      step: 5,
    });
    const scrub = screen.getByRole('slider', { name: 'Step' });
    expect(scrub).toHaveAttribute('min', '0');
    expect(scrub).toHaveAttribute('max', String(trace.length - 1));
    expect(container.querySelector('.scrubber-range')).not.toBeNull();
    expect(indicator()).toHaveTextContent('Step 3 of 10 in range 4–13');
    act(() => {
      fireEvent.change(scrub, { target: { value: '30' } });
    });
    expect(step()).toBe(12);
  });

  it('End and Home go to the range’s ends', async () => {
    const user = userEvent.setup();
    renderWithStore(<ControlsBar />, { scenario: 'read-write', params, from: 3, to: 12, step: 5 });
    await user.keyboard('{End}');
    expect(step()).toBe(12);
    await user.keyboard('{Home}');
    expect(step()).toBe(3);
  });

  it('minimal controls: step back, play/pause, step forward and the step indicator', () => {
    renderWithStore(<MinimalControls />, { scenario: 'read-write', params, from: 3, to: 12, step: 3 });
    expect(screen.getAllByRole('button').map((b) => b.getAttribute('aria-label'))).toEqual([
      'Step back',
      'Play',
      'Step forward',
    ]);
    expect(screen.queryByRole('slider')).toBeNull();
    expect(indicator()).toHaveTextContent('Step 1 of 10 in range 4–13');
  });
});

describe('keys on a focused checkbox', () => {
  it('Space toggles the checkbox; the app’s other keys still work', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(
      <>
        <input type="checkbox" aria-label="option" />
        <ControlsBar />
      </>,
      { scenario: 'read-write', params, present: true },
    );
    const box = screen.getByRole('checkbox', { name: 'option' });
    await user.click(box);
    await user.keyboard(' ');
    expect(box).not.toBeChecked();
    expect(store.getState().playing).toBe(false);
    await user.keyboard('b');
    expect(store.getState().blank).toBe(true);
    // While blanked only B, '.' and Esc act: B unblanks, then the arrow steps.
    await user.keyboard('{ArrowRight}');
    expect(step()).toBe(0);
    await user.keyboard('b{ArrowRight}');
    expect(store.getState().blank).toBe(false);
    expect(step()).toBe(1);
  });
});
