import { expect, test } from '@playwright/test';
import { getStep, parseParams, simulate } from '../../src/sim/index';
import { expectStep, open } from './helpers';

/**
 * Rule 10 on screen: a warm sender faster than the wire fills the send buffer and sleeps. On 1 GbE
 * (sata-1gbe) it is; on nvme-10gbe read+write is CPU-bound and never fills it (issue 15's must-show).
 */
const QUERY = 'file=8m&cache=warm&sndbuf=256k&preset=sata-1gbe';

function firstStepOf(site: string): number {
  const r = parseParams('read-write', Object.fromEntries(new URLSearchParams(QUERY)));
  if (!r.ok) throw new Error(r.error);
  const t = simulate('read-write', r.params);
  for (let i = 0; i < t.length; i++) if (getStep(t, i).site === site) return i;
  throw new Error(`no ${site} step`);
}

test('the writer blocked on a full send buffer is drawn as such, with the buffer full', async ({ page }) => {
  const block = firstStepOf('sched.block_sndbuf');
  await open(page, `#/read-write?${QUERY}&step=${block}&lang=en&v=1`);
  await expectStep(page, block);
  await expect(page.locator('[data-pid="100"]')).toHaveAttribute(
    'data-state',
    /blocked \(send buffer full\)/,
  );
  const fill = Number(await page.locator('[data-box="skb"] [data-fill]').getAttribute('data-fill'));
  expect(fill).toBeGreaterThan(0.9);
  await expect(page.getByText(/sleeps in sk_stream_wait_memory/).first()).toBeVisible();
});

test('an ACK frees the skb and is narrated in both languages', async ({ page }) => {
  const ack = firstStepOf('tcp.ack');
  await open(page, `#/read-write?${QUERY}&step=${ack}&lang=zh-CN&v=1`);
  await expectStep(page, ack);
  await expect(page.getByText(/tcp_ack → tcp_clean_rtx_queue/).first()).toBeVisible();
  await expect(page.getByText(/被确认的 skb/).first()).toBeVisible();
});
