import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { formatDay, formatLongDay } from '../format';
import { holdNextAnswer, stallReads } from '../held-answer';
import { waitForPath, waitForText } from '../waits';

export interface DayLog {
  date: string;
  symptoms: string[];
  /** Typed into "Add your own symptom" rather than picked from the chips. */
  customSymptom?: string;
  severity: number;
  mood: number;
  energy: number;
  sleep: number;
  notes: string;
}

const SCORE_LABELS = {
  severity: 'Severity',
  mood: 'Mood',
  energy: 'Energy',
  sleep: 'Sleep quality',
} as const;

export async function openFromNavigation(page: Page, linkName: string, path: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main', exact: true })
    .getByRole('link', { name: linkName })
    .click();
  await waitForPath(page, path);
}

/** One day through the tracker's form; the saved log then heads the history list. */
export async function logDay(page: Page, day: DayLog): Promise<void> {
  const form = page.getByRole('form', { name: 'Log a day' });
  await form.getByLabel('Date').fill(day.date);
  for (const symptom of day.symptoms) {
    const chip = form.getByRole('button', { name: symptom, exact: true });
    await chip.click();
    expect(await chip.getAttribute('aria-pressed')).toBe('true');
  }
  if (day.customSymptom) {
    await form.getByLabel('Add your own symptom').fill(day.customSymptom);
    await form.getByRole('button', { name: 'Add symptom' }).click();
    await form.getByRole('button', { name: `Remove ${day.customSymptom}` }).waitFor();
  }
  for (const [field, label] of Object.entries(SCORE_LABELS) as Array<[keyof typeof SCORE_LABELS, string]>) {
    const slider = form.getByRole('slider', { name: label });
    await slider.fill(String(day[field]));
    expect(await slider.getAttribute('aria-valuetext')).toBe(`${day[field]} out of 10`);
  }
  await form.getByLabel('Notes').fill(day.notes);
  // The saved day joins the history from the save's own answer: every read of the history after
  // it is held back until the entry is on screen, so no refetch can be what shows it.
  const saved = await holdNextAnswer(page, 'POST', '/api/symptoms');
  const stalled = await stallReads(page, '/api/symptoms');
  await form.getByRole('button', { name: 'Save log' }).click();
  await saved.requested;
  saved.release();
  const entry = page.getByRole('article', { name: formatDay(day.date) });
  await waitForText(entry, day.notes);
  await page
    .getByRole('status')
    .filter({ hasText: `Saved for ${formatLongDay(day.date)}` })
    .waitFor();
  await stalled.release();
  // The form keeps the day it saved, ready to be changed.
  await form.getByText('You logged this day already; saving updates it.').waitFor();
}
