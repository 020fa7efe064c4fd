import { expect, test } from '@playwright/test';
import { generateProblems, simulate } from '../../src/sim/index';
import { counters, expectStep, stepCount } from './helpers';

/** The set `sim problems --seed 42` prints (the CLI's defaults: 10 problems, 3 questions each). */
const SET = generateProblems({ seed: 42, count: 10, questions: 3 });

test('a student’s problem set: the CLI’s set for the seed, answers hidden until submitted, each problem opens its run', async ({
  page,
  context,
}) => {
  await page.goto('/#/problems?seed=42&lang=en');
  const cards = page.locator('[data-problem]');
  await expect(cards).toHaveCount(SET.length);
  for (const p of SET) {
    await expect(page.locator(`[data-problem="${p.n}"]`)).toHaveAttribute('data-scenario', p.scenario);
  }
  // Every scenario has its title (none falls back to a message key).
  const titles = await page.locator('[data-problem] h2').allTextContents();
  expect(titles.filter((t) => t.includes('scenario.'))).toEqual([]);
  // Nothing gives the answers away before a submit.
  await expect(page.locator('[data-answer]')).toHaveCount(0);

  const first = SET[0]!;
  const card = page.locator('[data-problem="1"]');
  const [q0, q1] = first.questions;
  await card.locator(`[data-question="${q0!.counter}"] input`).fill(String(q0!.answer));
  await card.locator(`[data-question="${q1!.counter}"] input`).fill(String(q1!.answer + 1));
  await card.getByRole('button', { name: 'Submit answers' }).click();
  await expect(card.locator(`[data-question="${q0!.counter}"] [data-verdict]`)).toHaveAttribute(
    'data-verdict',
    'right',
  );
  await expect(card.locator(`[data-question="${q1!.counter}"] [data-verdict]`)).toHaveAttribute(
    'data-verdict',
    'wrong',
  );
  for (const q of first.questions)
    await expect(card.locator(`[data-question="${q.counter}"] [data-answer]`)).toHaveAttribute(
      'data-answer',
      String(q.answer),
    );
  await expect(card.locator('[data-score]')).toHaveAttribute('data-score', '1');
  // The other problems stay hidden.
  await expect(page.locator('[data-problem="2"] [data-answer]')).toHaveCount(0);

  // The problem's run opens in a new tab, and its counters at the end are the answers.
  const [run] = await Promise.all([context.waitForEvent('page'), card.locator('[data-open-run]').click()]);
  await expect(run.locator('[data-steps]')).toBeVisible();
  const trace = simulate(first.scenario, first.params);
  expect(await stepCount(run)).toBe(trace.length);
  await run.keyboard.press('End');
  await expectStep(run, trace.length - 1);
  const shown = await counters(run);
  for (const q of first.questions) expect(shown[q.counter], q.counter).toBe(q.answer);
});

test('the instructor’s link shows every answer; a hostile link gives a notice', async ({ page }) => {
  await page.goto('/#/problems?seed=42&key=instructor&lang=zh-CN');
  await expect(page.locator('[data-problem]')).toHaveCount(SET.length);
  await expect(page.locator('h1')).toHaveText('习题集 42');
  const answers = await page
    .locator('[data-answer]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-answer')));
  expect(answers).toEqual(SET.flatMap((p) => p.questions.map((q) => String(q.answer))));

  await page.goto('about:blank');
  await page.goto('/#/problems?seed=42&count=<b>x</b>&lang=en');
  await expect(page.locator('.problems-notices')).toContainText(
    'The field “count” = “<b>x</b>” of this link was not understood',
  );
  await expect(page.locator('.problems-notices b')).toHaveCount(0);
  await expect(page.locator('[data-problem]')).toHaveCount(10);
});
