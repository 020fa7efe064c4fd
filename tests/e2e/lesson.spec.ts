import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { decodeHash } from '../../src/url/codec';
import { parseLesson, type Lesson } from '../../src/url/lesson';
import { encodeLessonLink } from '../../src/url/lessonLink';
import { expectStep, open } from './helpers';

function shipped(id: string): Lesson {
  const read = parseLesson(
    readFileSync(new URL(`../../src/ui/lesson/shipped/${id}.json`, import.meta.url), 'utf8'),
  );
  if (!read.ok) throw new Error(read.problem);
  return read.lesson;
}

const bar = (page: Page) => page.locator('.lesson-bar');

test('a lesson link walked in presenter mode: PgDn / PgUp go from stop to stop, the note follows', async ({
  page,
}) => {
  const lesson = shipped('traditional-path');
  await page.goto(`/${encodeLessonLink(lesson, { present: true })}`);
  await expect(page.locator('[data-mode="present"]')).toBeVisible();
  const stepOf = (i: number) => decodeHash(lesson.stops[i]!.link).step;
  await expect(bar(page)).toHaveAttribute('data-lesson-stop', '0');
  await expect(bar(page).locator('.lesson-note')).toHaveText(lesson.stops[0]!.note.en!);
  await expectStep(page, stepOf(0));
  await page.keyboard.press('PageDown');
  await expect(bar(page)).toHaveAttribute('data-lesson-stop', '1');
  await expectStep(page, stepOf(1));
  await expect(bar(page).locator('.lesson-note')).toHaveText(lesson.stops[1]!.note.en!);
  await page.keyboard.press('PageDown');
  await expectStep(page, stepOf(2));
  await page.keyboard.press('PageUp');
  await expect(bar(page)).toHaveAttribute('data-lesson-stop', '1');
  await expectStep(page, stepOf(1));
  await expect(bar(page)).toContainText(`Stop 2 of ${lesson.stops.length}`);
});

test('a damaged lesson link gives a clear notice and the app still opens', async ({ page }) => {
  await page.goto('/#/lesson?src=%3Cscript%3Ealert(1)%3C/script%3E');
  await expect(page.getByText('The lesson could not be read')).toBeVisible();
  await expect(page.locator('script:has-text("alert")')).toHaveCount(0);
});

test('recording a lesson in the app, then presenting it', async ({ page }) => {
  await open(page, '#/read-write?step=3&lang=en&v=1');
  await page.locator('[data-share="lesson"]').click();
  await page.getByLabel('Title').fill('My path');
  await page.getByRole('button', { name: 'Start recording' }).click();
  await page.getByLabel('Note for this stop (English)').fill('The disk is busy.');
  await page.locator('[data-add-stop]').click();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expectStep(page, 5);
  await page.getByLabel('Note for this stop (English)').fill('Two steps later.');
  await page.locator('[data-add-stop]').click();
  await expect(page.locator('.lesson-stops li')).toHaveCount(2);
  await page.locator('.lesson-recorder').getByRole('button', { name: 'Present the lesson' }).click();
  await expect(page.locator('[data-mode="present"]')).toBeVisible();
  await expectStep(page, 3);
  await expect(bar(page).locator('.lesson-note')).toHaveText('The disk is busy.');
  await page.keyboard.press('PageDown');
  await expectStep(page, 5);
  await expect(bar(page).locator('.lesson-note')).toHaveText('Two steps later.');
});
