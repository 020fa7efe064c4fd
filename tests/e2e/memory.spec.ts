import { expect, test, type Page } from '@playwright/test';
import { getStep, simulate, type Trace } from '../../src/sim/index';
import { expectStep, open } from './helpers';

function find(trace: Trace, pred: (s: ReturnType<typeof getStep>) => boolean): number {
  for (let i = 0; i < trace.length; i++) if (pred(getStep(trace, i))) return i;
  throw new Error('no such step');
}

const cow = simulate('cow-fork');
/** fork() has returned to the parent (the clone syscall's exit step). */
const afterFork = find(cow, (s) => s.kind === 'syscall.exit' && s.syscall === 'clone' && s.task === 100);
/** P2's store to page 0 has been handled: the fault return after its CoW copy of 0x4aa000. */
const afterChildWrite =
  find(cow, (s) => s.site === 'mm.cow_map_copy' && s.task === 101 && s.params.addr === '0x4aa000') + 1;

/** The PTE rows the address-space view draws for one process: virtual address → [frame, writable]. */
async function ptesOf(page: Page, pid: number): Promise<Record<string, [string, string]>> {
  return page.$$eval(`[role="cell"][data-pid="${pid}"] [data-vaddr]`, (els) =>
    Object.fromEntries(
      els.map((e) => [
        e.getAttribute('data-vaddr'),
        [e.getAttribute('data-pfn'), e.getAttribute('data-writable')],
      ]),
    ),
  );
}

test('cow-fork, the step after fork(): both processes map the same frames read-only, refcount 2', async ({
  page,
}) => {
  await open(page, `#/cow-fork?step=${afterFork}&pane=memory&lang=en&v=1`);
  await expectStep(page, afterFork);
  await expect(page.locator('[data-kind="anon"]')).toHaveCount(cow.params.pages);
  const parent = await ptesOf(page, 100);
  const child = await ptesOf(page, 101);
  expect(Object.keys(parent)).toHaveLength(cow.params.pages);
  expect(child).toEqual(parent);
  for (const [, writable] of Object.values(parent)) expect(writable).toBe('false');
  const rows = page.locator('[data-kind="anon"]');
  for (let i = 0; i < cow.params.pages; i++) {
    await expect(rows.nth(i).locator('[data-refcount]')).toHaveAttribute('data-refcount', '2');
    await expect(rows.nth(i)).toHaveAttribute('data-mappers', '100:ro 101:ro');
  }
});

test("cow-fork, after P2's write to page 0: two frames for page 0, refcount 1 each", async ({ page }) => {
  await open(page, `#/cow-fork?step=${afterChildWrite}&pane=memory&lang=en&v=1`);
  await expectStep(page, afterChildWrite);
  const page0 = page.locator('[data-kind="anon"][data-pages="0-0"]');
  await expect(page0).toHaveCount(2);
  const pfns = await page0.evaluateAll((els) => els.map((e) => e.getAttribute('data-pfn')));
  expect(new Set(pfns).size).toBe(2);
  for (let i = 0; i < 2; i++)
    await expect(page0.nth(i).locator('[data-refcount]')).toHaveAttribute('data-refcount', '1');
  const parent = await ptesOf(page, 100);
  const child = await ptesOf(page, 101);
  expect(parent['0x4aa000']).toEqual([expect.any(String), 'false']);
  expect(child['0x4aa000']).toEqual([expect.any(String), 'true']);
  expect(parent['0x4aa000']![0]).not.toBe(child['0x4aa000']![0]);
});

for (const arch of ['x86_64', 'i386'] as const) {
  test(`kernel-access on ${arch}: the U/S check fails and the process is gone`, async ({ page }) => {
    const t = simulate('kernel-access', { arch });
    const last = t.length - 1;
    await open(page, `#/kernel-access?arch=${arch}&step=${last}&pane=memory&lang=en&v=1`);
    await expect(page.locator('[data-check]')).toHaveAttribute('data-check', 'us-failed');
    await expect(page.getByTestId('walk-pte')).toHaveAttribute('data-user', 'false');
    await expect(page.getByTestId('walk-killed')).toBeVisible();
    await expect(page.locator('.mem-proc-head[data-pid="100"]')).toHaveAttribute('data-state', 'killed');
    await expect(page.locator('[role="cell"][data-pid="100"] [data-vaddr]')).toHaveCount(0);
    await expect(page.locator('[data-kind="kernelStack"]')).toHaveCount(0);
  });
}

for (const [arch, nr, handler, instruction] of [
  ['x86_64', '39', '__x64_sys_getpid', 'syscall'],
  ['i386', '20', '__ia32_sys_getpid', 'int 0x80'],
] as const) {
  test(`syscall on ${arch}: the entry view shows the saves, the dispatch (${nr}) and the return`, async ({
    page,
  }) => {
    await open(page, `#/syscall?arch=${arch}&step=0&lang=en&v=1`);
    await page.getByRole('tab', { name: 'System-call entry' }).click();
    await expect(page).toHaveURL(/pane=entry/);
    const view = page.getByTestId('entry-view');
    await expect(view).toHaveAttribute('data-instruction', instruction);
    await expect(view).toHaveAttribute('data-phase', 'entry');
    await expect(page.locator('[data-part="dispatch"]')).toHaveAttribute('data-nr', nr);
    await expect(page.locator('[data-part="dispatch"]')).toHaveAttribute('data-handler', handler);
    await expect(page.locator('[data-by="cpu"]')).toHaveCount(arch === 'i386' ? 5 : 0);
    await expect(page.locator('[data-reg-move="rip>rcx"]')).toHaveCount(arch === 'i386' ? 0 : 1);
    await page.keyboard.press('End');
    await expect(view).toHaveAttribute('data-phase', 'user');
    await page.keyboard.press('ArrowLeft');
    await expect(view).toHaveAttribute('data-phase', 'return');
    await expect(page.locator('[data-part="return"]')).toHaveAttribute('data-ret', '100');
  });
}

test('axe finds nothing on the entry view and on the memory view at a CoW step (light, projector)', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
  const found: string[] = [];
  for (const theme of ['light', 'projector']) {
    for (const hash of [
      `#/syscall?arch=i386&step=3&pane=entry&lang=en&theme=${theme}&v=1`,
      `#/cow-fork?step=${afterChildWrite - 1}&pane=memory&lang=zh-CN&theme=${theme}&v=1`,
    ]) {
      await open(page, hash);
      const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
      found.push(
        ...violations.map((v) => `${hash}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
      );
    }
  }
  expect(found).toEqual([]);
});

test('at 1280×800 the memory pane scrolls to the area a step touches, and stays put while it does not change', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await open(page, `#/cow-fork?step=${afterChildWrite - 1}&pane=memory&lang=en&v=1`);
  const pane = page.locator('.memory-pane');
  const touched = page.locator('.mem-cell.mem-touched');
  await expect(touched).toHaveCount(1);
  const inView = async () => {
    const [p, r] = await Promise.all([pane.boundingBox(), touched.boundingBox()]);
    return !!p && !!r && r.y >= p.y - 1 && r.y + Math.min(r.height, p.height) <= p.y + p.height + 1;
  };
  await expect.poll(inView).toBe(true);
  // The reader scrolls away; a step in the same area leaves the pane where they put it.
  await pane.evaluate((el) => el.scrollTo({ top: 0 }));
  await page.keyboard.press('ArrowRight');
  await expectStep(page, afterChildWrite);
  expect(await pane.evaluate((el) => el.scrollTop)).toBe(0);
});
