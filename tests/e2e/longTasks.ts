import type { Page } from '@playwright/test';

declare global {
  interface Window {
    longTasks: { start: number; duration: number }[];
  }
}

/** Records every long task (> 50 ms on the main thread) from the first script on. */
export async function recordLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** The long tasks over 50 ms that started and ended between two `performance.now()` readings. */
export async function longTasksBetween(
  page: Page,
  from: number,
  to: number,
): Promise<{ start: number; duration: number }[]> {
  const tasks = await page.evaluate(
    ([a, b]) => window.longTasks.filter((t) => t.start >= a! && t.start + t.duration <= b!),
    [from, to],
  );
  return tasks.filter((t) => t.duration > 50);
}
