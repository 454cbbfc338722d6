import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { formatDay } from '../format';
import { waitForSettled, waitForText } from '../waits';
import type { DayLog } from './symptoms';

/** The first dashboard of a new person: the welcome state, and no chart yet. */
export async function expectWelcomeDashboard(page: Page): Promise<void> {
  await page.getByRole('heading', { name: 'Your dashboard starts with your first log' }).waitFor();
  expect(await page.locator('svg.score-trend-surface').count()).toBe(0);
}

/**
 * After three consecutive days: a streak of 3, today's scores, the chart drawn with a line per score,
 * and the chart's data (its screen-reader table) holding exactly the logged days' scores.
 */
export async function expectDashboardOf(page: Page, days: DayLog[]): Promise<void> {
  await waitForSettled(page);
  const streaks = page.getByText('Current streak').locator('xpath=..');
  await waitForText(streaks, `Current streak${days.length} days`);
  await waitForText(
    page.getByText('Longest streak').locator('xpath=..'),
    `Longest streak${days.length} days`,
  );

  const today = days[0]!;
  const todayCard = page.getByRole('region', { name: 'Today' });
  await waitForText(todayCard, 'You have logged today.');
  for (const [label, value] of [
    ['Severity', today.severity],
    ['Mood', today.mood],
    ['Energy', today.energy],
    ['Sleep', today.sleep],
  ] as const) {
    expect(
      await todayCard.getByText(label, { exact: true }).locator('xpath=following-sibling::dd').textContent(),
    ).toBe(`${value}/10`);
  }

  const chart = page.getByRole('region', { name: 'Trends' });
  const surface = chart.locator('svg.score-trend-surface');
  await surface.waitFor();
  const box = await surface.boundingBox();
  expect(box?.width).toBeGreaterThan(200);
  expect(box?.height).toBeGreaterThan(150);
  expect(await chart.locator('path.score-line').count()).toBe(4);
  expect(await chart.locator('circle.score-dot').count()).toBe(4 * days.length);

  const rows = chart.getByRole('table', { name: /Daily scores over the last/ }).locator('tbody tr');
  const expectedRows = [...days]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((day) =>
      [formatDay(day.date), day.severity, day.mood, day.energy, day.sleep]
        .map((cell) => (typeof cell === 'number' ? cell.toFixed(1) : cell))
        .join('|'),
    );
  const shownRows = await rows.evaluateAll((trs) =>
    trs.map((tr) => [...tr.children].map((cell) => cell.textContent?.trim()).join('|')),
  );
  expect(shownRows).toEqual(expectedRows);
}
