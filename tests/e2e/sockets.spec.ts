// Issue 14/18: a run with several sockets — the socket box shows the socket the step works on, the others
// listed by fd — and kafka-fetch's consumers parameter from the link to the counters.
import { expect, test } from '@playwright/test';
import { getStep, simulate, type Trace } from '../../src/sim/index';
import { counters, flatTotals, open, paramsOf } from './helpers';

const QUERY = 'consumers=2&file=256k&cache=warm';

/** Indices of the steps that work on socket `fd` (their narration names it). */
function stepsOn(trace: Trace, fd: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < trace.length; i++) if (getStep(trace, i).params.socketFd === fd) out.push(i);
  return out;
}

test('kafka-fetch with 2 consumers: the socket box follows the step’s socket and lists the other', async ({
  page,
}) => {
  const trace = simulate('kafka-fetch', paramsOf('kafka-fetch', QUERY));
  // A step of consumer 2's socket (fd 5) after consumer 1's last skb was acknowledged: fd 4's queue is empty.
  const lastOn4 = Math.max(...stepsOn(trace, 4));
  const on5 = stepsOn(trace, 5).find((i) => i > lastOn4)!;
  await open(page, `#/kafka-fetch?${QUERY}&step=${on5}`);
  const box = page.locator('[data-box="skb"]');
  await expect(box.getByText('socket fd 5', { exact: true })).toBeVisible();
  await expect(page.locator('[data-other-sockets="1"]')).toContainText('fd 4 · 0 B');
  await expect(page.getByText(/^Socket fd 5: /)).toBeVisible();
  // Consumer 1's steps name fd 4.
  await open(page, `#/kafka-fetch?${QUERY}&step=${stepsOn(trace, 4)[0]!}`);
  await expect(box.getByText('socket fd 4', { exact: true })).toBeVisible();
  await expect(page.locator('[data-other-sockets="1"]')).toContainText('fd 5');
});

test('the consumers parameter reaches the run: the last step’s counters are the CLI’s totals', async ({
  page,
}) => {
  const trace = simulate('kafka-fetch', paramsOf('kafka-fetch', QUERY));
  await open(page, `#/kafka-fetch?${QUERY}&step=${trace.length - 1}`);
  await expect.poll(async () => (await counters(page)).syscalls).toBe(5);
  const shown = await counters(page);
  const want = flatTotals(trace.totals);
  for (const key of ['syscalls', 'cpuCopies', 'dmaTransfers', 'dmaBytes', 'diskRequests'])
    expect(shown[key], key).toBe(want[key]);
});
