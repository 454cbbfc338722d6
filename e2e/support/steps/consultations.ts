import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Platform } from '../platform';
import { waitForText } from '../waits';

interface Choice {
  radio: Locator;
  label: string;
}

async function firstChoice(page: Page, groupName: RegExp): Promise<Choice> {
  const radio = page.getByRole('group', { name: groupName }).getByRole('radio').first();
  await radio.waitFor();
  return { radio, label: (await radio.getAttribute('aria-label')) ?? '' };
}

/** Walks the wizard to the slot step for the expert named `expertName`; returns the slots offered. */
async function slotsOffered(page: Page, wizard: Locator, expertName: string): Promise<string[]> {
  await wizard.getByRole('radio', { name: expertName, exact: true }).check();
  await wizard.getByRole('button', { name: 'Continue' }).click();
  await (await firstChoice(page, /How would you like to talk to/)).radio.check();
  await wizard.getByRole('button', { name: 'Continue' }).click();
  const slots = page.getByRole('group', { name: `Pick a time with ${expertName}` }).getByRole('radio');
  await slots.first().waitFor();
  return slots.evaluateAll((radios) => radios.map((radio) => radio.getAttribute('aria-label') ?? ''));
}

/**
 * Books the first expert's first slot through every step of the wizard, sees it under "Your bookings",
 * sees the slot gone from the expert's times, cancels it, and sees the slot offered again.
 */
export async function bookAndCancel(page: Page, platform: Platform, notes: string): Promise<void> {
  const wizard = page.getByRole('region', { name: 'Book a consultation' });
  const expert = await firstChoice(page, /Who would you like to see/);
  await expert.radio.check();
  await wizard.getByRole('button', { name: 'Continue' }).click();
  const type = await firstChoice(page, /How would you like to talk to/);
  await type.radio.check();
  await wizard.getByRole('button', { name: 'Continue' }).click();
  const slot = await firstChoice(page, new RegExp(`Pick a time with ${expert.label}`));
  await slot.radio.check();
  await wizard.getByRole('button', { name: 'Continue' }).click();
  await wizard.getByLabel('Notes for the expert (optional)').fill(notes);
  await wizard.getByRole('button', { name: 'Continue' }).click();

  await wizard.getByRole('heading', { name: 'Check your booking' }).waitFor();
  for (const shown of [expert.label, type.label, slot.label, notes]) await waitForText(wizard, shown);
  await wizard.getByRole('button', { name: 'Confirm booking' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: `Booked with ${expert.label} on ${slot.label}` })
    .waitFor();

  const bookings = page.getByRole('region', { name: 'Your bookings' });
  const cancel = bookings.getByRole('button', {
    name: `Cancel consultation with ${expert.label} on ${slot.label}`,
  });
  await cancel.waitFor();
  await waitForText(bookings, `${type.label} with ${expert.label}`);
  await waitForText(bookings, 'Confirmed');
  expect(await slotsOffered(page, wizard, expert.label)).not.toContain(slot.label);

  await cancel.click();
  await bookings.getByRole('button', { name: 'Yes, cancel' }).click();
  await page.getByRole('status').filter({ hasText: 'Booking cancelled.' }).waitFor();
  await waitForText(bookings, 'Past and cancelled');
  await waitForText(bookings, 'Cancelled');
  expect(await bookings.getByRole('button', { name: /^Cancel consultation/ }).count()).toBe(0);
  const slotGroup = page.getByRole('group', { name: `Pick a time with ${expert.label}` });
  await slotGroup.getByRole('radio', { name: slot.label, exact: true }).waitFor();

  const { rows } = await platform.db.query('SELECT status, notes FROM bookings');
  expect(rows).toEqual([{ status: 'cancelled', notes }]);
}
