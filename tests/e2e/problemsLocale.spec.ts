import { expect, test, type Page } from '@playwright/test';
import { open } from './helpers';

/** Selects `word` on the editor line that contains `lineText` (a double-click selects a word) and types over it. */
async function retype(page: Page, lineText: string, word: string, replacement: string): Promise<void> {
  const line = page.locator('.cm-line', { hasText: lineText });
  await line.getByText(word, { exact: true }).first().dblclick();
  await page.keyboard.type(replacement);
}

test('a problem in the editor is said again in Chinese after a language switch: in the list and on hover', async ({
  page,
}) => {
  await open(page, '#/read-write?lang=en&v=1');
  await page.getByRole('button', { name: 'Edit a copy' }).click();
  await expect(page.locator('.cm-content')).toBeVisible();
  await retype(page, 'n = read(3, buf, B);', 'read', 'raed');
  const problem = page.locator('.editor-problems').getByRole('listitem');
  await expect(problem).toHaveText("Line 14, column 7: unknown system call 'raed' — did you mean 'read'?");

  await page.getByRole('button', { name: '简体中文' }).click();
  await expect(problem).toHaveText("第 14 行，第 7 列：未知的系统调用 'raed'——是不是想写 'read'？");
  await page.locator('.cm-lintRange-error').hover();
  await expect(page.locator('.cm-tooltip-lint')).toHaveText(
    "14:7: 未知的系统调用 'raed'——是不是想写 'read'？",
  );

  // A refused Run says its problem in the reader's language too, and back in English after switching again.
  await retype(page, 'n = raed(3, buf, B);', 'raed', 'read');
  await retype(page, 'n = read(3, buf, B);', 'B', 'B)');
  await expect(problem).toHaveText("第 14 行，第 22 列：应当是 ';'（在语句之后），实际遇到 ')'");
  await page.getByRole('button', { name: 'English' }).click();
  await expect(problem).toHaveText("Line 14, column 22: expected ';' after the statement, found ')'");
});

test('the strace importer’s notices are said in the reader’s language, and again after a switch', async ({
  page,
}) => {
  await open(page, '#/read-write?lang=en&v=1');
  await page.getByRole('button', { name: 'Edit a copy' }).click();
  await page.getByRole('button', { name: 'Import a strace log…' }).click();
  // A stray line, and reads of a descriptor the log never opened (strace attached after the open).
  const log = ['a stray line', 'read(7, "x", 100) = 100', 'read(7, "x", 100) = 0'].join('\n');
  await page.getByLabel('Paste the output of strace -f').fill(log);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const notices = page.locator('.strace-import-result li');
  await expect(notices.filter({ hasText: 'Line 1 ' })).toHaveText(
    'Line 1 is not a strace line the importer can read; skipped: a stray line',
  );
  await expect(notices.filter({ hasText: 'descriptor 7' })).toContainText(
    'it is taken as the model’s file, fd 3.',
  );

  await page.getByRole('button', { name: '简体中文' }).click();
  await expect(notices.filter({ hasText: '第 1 行' })).toHaveText(
    '第 1 行不是导入器能读懂的 strace 行，已跳过：a stray line',
  );
  await expect(notices.filter({ hasText: '描述符 7' })).toContainText('它被当作模型的文件（fd 3）。');
  await expect(page.locator('.strace-import-result')).not.toContainText('Line ');
});
