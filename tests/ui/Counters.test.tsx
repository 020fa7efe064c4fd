import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS, getCountersAt, getStepsRaising, simulate } from '../../src/sim/index';
import { CountersPanel } from '../../src/ui/counters/CountersPanel';
import { counterValue, COUNTER_ROWS, formatCounter } from '../../src/ui/counters/counterRows';
import { renderWithStore } from './renderWithStore';

const KEYS = [
  'syscalls',
  'modeSwitches',
  'modeSwitchesBy.syscall',
  'modeSwitchesBy.exception',
  'modeSwitchesBy.interrupt',
  'cpuCopies',
  'cpuBytes',
  'dmaTransfers',
  'dmaBytes',
  'diskRequests',
  'pageFaults',
  'interrupts',
  'contextSwitches',
  'simTimeNs',
  // Issue 15: CPU time, the timeline's lanes summed, with its split.
  'cpuBusyNs',
  'cpuBusyNsBy.user',
  'cpuBusyNsBy.kernel',
  'cpuBusyNsBy.irq',
];

function shown(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const el of document.querySelectorAll('[data-counter]')) {
    out[el.getAttribute('data-counter')!] = Number(el.getAttribute('data-value'));
  }
  return out;
}

describe('Counters', () => {
  it('has exactly the 18 counter hooks of DESIGN §8 and §6 (with CPU time)', () => {
    renderWithStore(<CountersPanel />);
    expect(Object.keys(shown()).sort()).toEqual([...KEYS].sort());
    expect(COUNTER_ROWS.map((r) => r.key).sort()).toEqual([...KEYS].sort());
  });

  it.each([
    ['cow-fork', {}],
    ['read-write', { file: 10000 }],
    ['mmap-write', { file: 100000 }],
  ] as const)('%s: data-value equals getCountersAt at every step', (scenario, p) => {
    const params = { ...DEFAULT_PARAMS, ...p };
    const { store } = renderWithStore(<CountersPanel />, { scenario, params });
    const trace = simulate(scenario, params);
    for (let i = 0; i < trace.length; i++) {
      act(() => store.getState().seek(i));
      const want = getCountersAt(trace, i);
      const got = shown();
      for (const key of KEYS) expect([i, key, got[key]]).toEqual([i, key, counterValue(want, key as never)]);
    }
  });

  it('labels mode switches as user ↔ kernel, shows the textbook figure and the reason it differs', () => {
    renderWithStore(<CountersPanel />, {
      scenario: 'read-write',
      params: { ...DEFAULT_PARAMS, file: 10000 },
    });
    expect(screen.getByRole('button', { name: 'Mode switches (user ↔ kernel)' })).toBeInTheDocument();
    const row = screen.getByRole('row', { name: /Mode switches \(user ↔ kernel\)/ });
    expect(within(row).getAllByRole('cell').at(-1)).toHaveTextContent('4');
    expect(screen.getByText(/The textbook counts 4 “context switches”/)).toBeInTheDocument();
    expect(screen.getByText(/is not a process context switch/)).toBeInTheDocument();
  });

  it.each([
    ['direct-io', 'CPU copies', '1'],
    ['cow-fork', 'Page faults', '3'],
    ['syscall', 'Mode switches (user ↔ kernel)', '2'],
    ['kernel-access', 'Page faults', '1'],
  ] as const)('%s has a Textbook column with the README’s figures (%s: %s)', (scenario, counter, figure) => {
    renderWithStore(<CountersPanel />, { scenario, params: DEFAULT_PARAMS });
    expect(screen.getByRole('columnheader', { name: 'Textbook' })).toBeInTheDocument();
    const row = screen.getByRole('row', { name: new RegExp(`^${counter.replace(/[()]/g, '\\$&')}`) });
    expect(within(row).getAllByRole('cell').at(-1)).toHaveTextContent(figure);
  });

  it('says that interrupts taken in user mode add 2 mode switches each (default read-write: 8 against 4)', () => {
    renderWithStore(<CountersPanel />, { scenario: 'read-write', params: DEFAULT_PARAMS });
    // The NIC's TX-completion and the ACK's receive interrupt both arrive while the program runs user code.
    expect(simulate('read-write', DEFAULT_PARAMS).totals.modeSwitches).toBe(8);
    expect(screen.getByTestId('irq-mode-switches')).toHaveTextContent(
      /4 of this run’s mode switches come from interrupts .* user mode: each costs 2/,
    );
  });

  it('clicking a counter lists the steps that raised it; clicking one jumps there', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<CountersPanel />, { scenario: 'read-write', params: DEFAULT_PARAMS });
    const trace = simulate('read-write', DEFAULT_PARAMS);
    const raising = getStepsRaising(trace, 'cpuCopies');
    await user.click(screen.getByRole('button', { name: 'CPU copies' }));
    const list = screen.getByRole('group', { name: /CPU copies/ });
    const buttons = within(list).getAllByRole('button').slice(0, raising.length);
    expect(buttons.map((b) => Number(b.textContent) - 1)).toEqual(raising);
    await user.click(buttons[1]!);
    expect(store.getState().step).toBe(raising[1]);
  });
});

describe('formatCounter', () => {
  it('shows byte counts in the unit a person would say, three significant digits', () => {
    expect(formatCounter('en', 'cpuBytes', 8192)).toBe('8 KiB');
    expect(formatCounter('en', 'cpuBytes', 1144576 * 1024)).toBe('1.09 GiB');
    expect(formatCounter('en', 'cpuBytes', 100000)).toBe('97.7 KiB');
    expect(formatCounter('en', 'cpuBytes', 1024 * 1024 - 1)).toBe('1 MiB');
    expect(formatCounter('en', 'cpuBytes', 512)).toBe('512 B');
    expect(formatCounter('zh-CN', 'cpuBytes', 1536)).toBe('1.5 KiB');
    expect(formatCounter('en', 'dmaBytes', 2 ** 30)).toBe('1 GiB');
    expect(formatCounter('en', 'dmaBytes', 100000 * 1024)).toBe('97.7 MiB');
    expect(formatCounter('zh-CN', 'dmaBytes', 0)).toBe('0 B');
  });
});
