import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { DEFAULT_PARAMS, replayStrace, scenarioProgram, simulate } from '../../src/sim/index';
import { counters, expectStep, flatTotals, open, STEP } from './helpers';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** Selects `word` on the editor line that contains `lineText` (a double-click selects a word) and types over it. */
async function retype(page: Page, lineText: string, word: string, replacement: string): Promise<void> {
  const line = page.locator('.cm-line', { hasText: lineText });
  await line.getByText(word, { exact: true }).first().dblclick();
  await page.keyboard.type(replacement);
}

/** The program pane's lines as the reader sees them (the set-up block folded in its <details>). */
async function paneText(page: Page): Promise<string> {
  return page.locator('.program-lines code').evaluateAll((els) => els.map((e) => e.textContent).join('\n'));
}

test('edit a copy: an error shows with line:col, a fix runs, and the link opens the same program elsewhere', async ({
  page,
  browser,
}) => {
  await open(page, '#/read-write?lang=en&v=1');
  await page.getByRole('button', { name: 'Edit a copy' }).click();
  const editor = page.locator('.cm-content');
  await expect(editor).toBeVisible();
  await expect(editor).toHaveAttribute('aria-label', 'Program text (scenario language)');
  const problems = page.locator('.editor-problems');
  await expect(problems).toContainText('No problems found.');

  // An error: shown in the list with its line and column, underlined in the text.
  await retype(page, 'n = read(3, buf, B);', 'read', 'raed');
  const problem = problems.getByRole('listitem');
  await expect(problem).toHaveText("Line 14, column 7: unknown system call 'raed' — did you mean 'read'?");
  await expect(page.locator('.cm-lintRange-error')).toHaveText('raed');
  // Run keeps the run on screen and says so.
  const before = await counters(page);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(problems).toContainText('unknown system call');
  expect(await counters(page)).toEqual(before);
  // Clicking the problem puts the cursor there.
  await problem.getByRole('button').click();
  await expect(editor).toBeFocused();

  // Fixed, and a larger file: Run re-simulates.
  await retype(page, 'n = raed(3, buf, B);', 'raed', 'read');
  await expect(problems).toContainText('No problems found.');
  await retype(page, 'const F = 4096;', '4096', '16384');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  const want = simulate('read-write', { file: 16384 });
  await expect(page.locator('[data-steps]')).toHaveAttribute('data-steps', String(want.length));
  await expect(page.locator('.editor-status')).toHaveText(
    'This program is the run on screen; the current line follows playback.',
  );
  await expect(page.locator('[data-param="file"] input')).toHaveValue('16k');

  // The current line follows playback.
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  for (let k = 0; k < 3; k++) await page.keyboard.press('ArrowRight');
  await expectStep(page, 3);
  await expect(page.locator('.cm-step-line')).toContainText('n = read(3, buf, B);');

  // Copy link → a fresh page (no shared storage) opens the same program at the same step with the same counters.
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.locator('[data-share="copy-status"]')).not.toHaveText('');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/#\/program\?base=read-write&src=[A-Za-z0-9_-]+&step=3&lang=en&v=1$/);
  const shown = await counters(page);
  const other = await (await browser.newContext({ reducedMotion: 'reduce' })).newPage();
  await other.goto(link);
  await expectStep(other, 3);
  expect(await counters(other)).toEqual(shown);
  const program = scenarioProgram('read-write', { ...DEFAULT_PARAMS, file: 16384 });
  await other.locator('.program-setup summary').click();
  expect(await paneText(other)).toBe(program);
  await expect(other.locator('.program h2')).toContainText('your program');
  // The heading says whose program it is: not read-write's, a copy of it.
  await expect(other.locator('.scenario-title')).toHaveText('Your program');
  await expect(other.locator('.scenario-question')).toHaveText('edited from a copy of read() + write()');
  await expect(other.locator('.notices')).toHaveCount(0);
  // The whole run is the edited program's: as long as read-write on a 16 KiB file, and the same totals at its end.
  await expect(other.locator('[data-steps]')).toHaveAttribute('data-steps', String(want.length));
  await other.locator('body').click({ position: { x: 5, y: 300 } });
  await other.keyboard.press('End');
  await expectStep(other, want.length - 1);
  expect(await counters(other)).toEqual(flatTotals(want.totals));
  await other.context().close();
});

test('nothing typed is lost: a reload and a language switch keep the editor’s text', async ({ page }) => {
  await open(page, '#/sendfile?lang=en&v=1');
  await page.getByRole('button', { name: 'Edit a copy' }).click();
  await expect(page.locator('.cm-content')).toBeVisible();
  await retype(page, 'const F = 4096;', '4096', '8192');
  await page.getByRole('button', { name: '简体中文' }).click();
  await expect(page.locator('.cm-content')).toContainText('const F = 8192;');
  await expect(page.locator('.cm-content')).toHaveAttribute('aria-label', '程序文本（场景语言）');
  await expect(page.locator('.editor-status')).toHaveText('已修改：按“运行”后在机器上查看。');
  // Completion of system calls with their man-page signature, and Ctrl+Enter runs: all from the keyboard.
  await page.locator('.cm-line', { hasText: 'n = sendfile(4, 3, NULL, left);' }).click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('getp');
  await page.keyboard.press('Control+Space');
  await expect(page.locator('.cm-tooltip-autocomplete')).toContainText('getpid');
  await expect(page.locator('.cm-completionInfo')).toHaveText('pid_t getpid(void);');
  // CodeMirror ignores Enter for 75 ms after the list opens (interactionDelay), so a fast typist's Enter stays a newline.
  await page.waitForTimeout(150);
  await page.keyboard.press('Enter');
  await page.keyboard.type(');');
  await expect(page.locator('.cm-content')).toContainText('getpid();');
  await page.keyboard.press('Control+Enter');
  await expect(page.locator('.editor-status')).toHaveText('屏幕上正在运行这段程序；当前行随播放移动。');
  await expect(page.locator('.program-editor h2')).toContainText('你的程序');
  await page.reload();
  await expect(page.locator('.cm-content')).toContainText('const F = 8192;');
  await expect(page.locator('.cm-content')).toContainText('getpid();');
  await expect(page.locator(STEP)).toBeVisible();
  // A draft not run yet survives closing the editor: the pane offers it back rather than a fresh copy only.
  await expect(page.getByRole('button', { name: '打开你的草稿' })).toHaveCount(0);
  await retype(page, 'const F = 8192;', '8192', '12288');
  await page.getByRole('button', { name: '关闭编辑器' }).click();
  await page.getByRole('button', { name: '打开你的草稿' }).click();
  await expect(page.locator('.cm-content')).toContainText('const F = 12288;');
  // Reloading a program's link with unrun edits: the link's program runs, the edits stay in the editor.
  await page.reload();
  await expect(page.locator('.cm-content')).toContainText('const F = 12288;');
  await expect(page.locator('.program-editor .editor-status')).toHaveText('已修改：按“运行”后在机器上查看。');
});

test('a corrupted program link opens the scenario’s own program with a notice saying what was wrong', async ({
  page,
}) => {
  await open(page, '#/program?base=sendfile&src=AAAA_not-deflate&lang=en&v=1');
  await expect(page.locator('.notices')).toContainText('could not be decompressed');
  await expect(page.locator('.scenario-title')).toHaveText('sendfile()');
  await expect(page.locator('[data-steps]')).toHaveAttribute(
    'data-steps',
    String(simulate('sendfile').length),
  );
});

for (const theme of ['light', 'dark', 'projector']) {
  test(`axe finds nothing in the editor with a problem shown (${theme})`, async ({ page }) => {
    await open(page, `#/read-write?lang=en&theme=${theme}&v=1`);
    await page.getByRole('button', { name: 'Edit a copy' }).click();
    await expect(page.locator('.cm-content')).toBeVisible();
    await retype(page, 'n = read(3, buf, B);', 'read', 'raed');
    await expect(page.locator('.editor-problems li')).toHaveCount(1);
    const { violations } = await new AxeBuilder({ page })
      .include('.program-editor')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual(
      [],
    );
  });
}

test('a large program builds in the worker; one that fails there keeps the run and names the line', async ({
  page,
}) => {
  await open(page, '#/sendfile?lang=en&v=1');
  await page.getByRole('button', { name: 'Edit a copy' }).click();
  await expect(page.locator('.cm-content')).toBeVisible();
  // 16 MiB in 64 KiB rounds: more steps than the main thread builds at once.
  await retype(page, 'const F = 4096;', '4096', '16m');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  const want = simulate('sendfile', { file: 16 << 20 });
  await expect(page.locator('[data-steps]')).toHaveAttribute('data-steps', String(want.length));
  await expect(page.locator('[data-param="file"] input')).toHaveValue('16m');

  // A loop that never ends (and makes no call): the worker stops it at the statement cap and names its line.
  await page.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText('world tcp 4;\nx = 0;\nfor (;;) { x += 1; }');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.locator('.editor-problems li')).toContainText('The run on screen was kept — line 3', {
    timeout: 60_000,
  });
  await expect(page.locator('[data-steps]')).toHaveAttribute('data-steps', String(want.length));
});

test('a pasted strace -f log becomes the program in the editor, and Run replays it with the log’s counts', async ({
  page,
}) => {
  const log = readFileSync('tests/fidelity/raw/sendfile.file=10000.loop=eof.cache=cold.strace', 'utf8');
  const replay = replayStrace(log);
  expect(replay.result.ok).toBe(true);
  await open(page, '#/read-write?lang=en&v=1');
  await page.getByRole('button', { name: 'Edit a copy' }).click();
  await page.getByRole('button', { name: 'Import a strace log…' }).click();
  await page.getByLabel('Paste the output of strace -f').fill(log);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.locator('.strace-import-result')).toContainText('is now the program in the editor');
  await expect(page.locator('.cm-content')).toContainText('sendfile(');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  const want = replay.result.ok ? replay.result.trace : null;
  await expect(page.locator('[data-steps]')).toHaveAttribute('data-steps', String(want!.length));
  await page.keyboard.press('End');
  await expect(page.locator('[data-counter="syscalls"]')).toHaveAttribute(
    'data-value',
    String(want!.totals.syscalls),
  );
});
