import { expect, test, type Page } from '@playwright/test';
import { DEFAULT_PARAMS, predictQuestions, simulate, type PredictQuestion } from '../../src/sim/index';
import { expectStep, open } from './helpers';

const panel = (page: Page) => page.locator('.predict-panel');

/** Answers the question on screen with `value`: types a count, or picks a place or a task. */
async function answer(page: Page, q: PredictQuestion, value: string | number): Promise<void> {
  const form = panel(page).locator(`form[data-predict-question="${q.id}"]`);
  if (q.kind === 'count') await form.locator('input[inputmode="numeric"]').fill(String(value));
  else await form.locator(`input[type="radio"][value="${value}"]`).check();
  await page.keyboard.press('Enter');
}

test('predict, then reveal: a wrong answer is refused, the right one plays to the step that proves it, the score counts', async ({
  page,
}) => {
  const trace = simulate('read-write', DEFAULT_PARAMS);
  const questions = predictQuestions(trace);
  await open(page, '#/read-write?step=6&lang=en&v=1');
  await page.locator('[data-share="predict"]').click();
  await expect(panel(page)).toBeVisible();
  // Questions are asked before the run plays: the run goes back to its start.
  await expectStep(page, 0);
  await expect(panel(page).locator('[data-score-asked]')).toHaveAttribute('data-score-asked', '0');

  // The first count question, answered wrongly and then rightly (earlier ones revealed to get there).
  let k = 0;
  for (; questions[k]!.kind !== 'count'; k++) {
    await answer(page, questions[k]!, questions[k]!.answer);
    await panel(page).getByRole('button', { name: 'Next question' }).click();
  }
  const q = questions[k]!;
  if (q.kind !== 'count') throw new Error('no count question');
  await expect(panel(page).locator('.predict-question')).toHaveText(
    /How many .* will this run (make|take)\?/,
  );
  await answer(page, q, q.answer + 1);
  await expect(panel(page).locator('[data-verdict="wrong"]')).toHaveText(
    `Not ${q.answer + 1}. Think again, or show the answer.`,
  );
  await answer(page, q, q.answer);
  const verdict = panel(page).locator(`[data-predict-question="${q.id}"][data-verdict="right"]`);
  await expect(verdict).toContainText(`Right: ${q.answer}.`);
  // The explanation cites the steps that raised the counter, from the trace.
  await expect(verdict.locator('[data-cited-step]')).toHaveCount(q.cited.length);
  const go = panel(page).getByRole('button', { name: `Go to step ${q.proofStep + 1} now` });
  if (await go.isVisible()) await go.click();
  await expectStep(page, q.proofStep);
  // Wrong first: the answer counts as asked, not as right at the first try.
  const score = panel(page).locator('[data-score-asked]');
  await expect(score).toHaveAttribute('data-score-right', String(k));
  await expect(score).toHaveAttribute('data-score-asked', String(k + 1));

  // The next one right at the first try, by keyboard only (Enter on the focused Next button).
  await page.keyboard.press('Enter');
  const next = questions[k + 1]!;
  await answer(page, next, next.answer);
  await expect(
    panel(page).locator(`[data-predict-question="${next.id}"][data-verdict="right"]`),
  ).toBeVisible();
  await expect(score).toHaveAttribute('data-score-right', String(k + 1));
  await expect(score).toHaveAttribute('data-score-asked', String(k + 2));
});

test('predict in Chinese, about the next system call', async ({ page }) => {
  await open(page, '#/sendfile?lang=zh-CN&v=1');
  await page.locator('[data-share="predict"]').click();
  await expect(panel(page)).toContainText('先预测，再揭晓');
  await panel(page).getByRole('button', { name: '下一个系统调用' }).click();
  await expect(panel(page).locator('.predict-scope-note')).toContainText('系统调用');
  await expect(panel(page).locator('.predict-question')).toContainText('这个系统调用');
});
