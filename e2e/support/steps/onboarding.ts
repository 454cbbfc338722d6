import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Account } from '../accounts';
import { localDate } from '../browser';
import { readMailLink } from '../mail';
import type { Platform } from '../platform';
import { waitForPath } from '../waits';

/** The sign-up form, then the "check your inbox" screen. */
export async function signUp(page: Page, account: Account): Promise<void> {
  await page.goto('/signup');
  await page.getByLabel('Name').fill(account.name);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('heading', { name: 'Check your inbox' }).waitFor();
  await page.getByText(account.email).waitFor();
}

/** The link in the verification mail signs the person in and, being new, sends them to onboarding. */
export async function verifyFromMail(page: Page, platform: Platform, account: Account): Promise<void> {
  const link = await readMailLink(platform.mail, {
    to: account.email,
    subject: /verify/i,
    webUrl: platform.webUrl,
  });
  expect(new URL(link).pathname).toBe('/verify-email');
  await page.goto(link);
  await waitForPath(page, '/onboarding');
  const { rows } = await platform.db.query('SELECT email_verified FROM users WHERE email = $1', [
    account.email,
  ]);
  expect(rows).toEqual([{ email_verified: true }]);
}

/**
 * All four steps of onboarding, with the explicit consent to store health data that the last step
 * requires; the answers and the consent are stored on the user and the dashboard comes next.
 */
export async function completeOnboarding(page: Page, platform: Platform, account: Account): Promise<void> {
  const firstName = account.name.split(' ')[0];
  await page.getByRole('heading', { name: `Welcome, ${firstName}. Let us set things up.` }).waitFor();

  await page.getByRole('checkbox', { name: 'PCOS (polycystic ovary syndrome)' }).check();
  await page.getByRole('checkbox', { name: 'PMS (premenstrual syndrome)' }).check();
  await page.getByRole('button', { name: 'Next' }).click();

  await page.getByRole('heading', { name: 'What would you like HormoHelp to help with?' }).waitFor();
  await page.getByRole('checkbox', { name: 'Understand my symptoms and their patterns' }).check();
  await page.getByRole('checkbox', { name: 'Improve my energy and sleep' }).check();
  await page.getByRole('button', { name: 'Next' }).click();

  await page.getByRole('heading', { name: 'A few cycle basics' }).waitFor();
  const lastPeriodStart = localDate(12);
  await page.getByLabel('Typical cycle length (days)').fill('31');
  await page.getByLabel('First day of your last period').fill(lastPeriodStart);
  await page.getByRole('radio', { name: 'Irregular' }).check();
  await page.getByRole('button', { name: 'Next' }).click();

  await page.getByRole('heading', { name: 'How old are you?' }).waitFor();
  await page.getByRole('radio', { name: '25–34' }).check();
  // Explicit consent to store health data is never pre-ticked, and onboarding cannot finish without it.
  const consent = page.getByRole('checkbox', {
    name: /I agree that HormoHelp stores the health information/,
  });
  expect(await consent.isChecked()).toBe(false);
  await page.getByRole('button', { name: 'Finish' }).click();
  await page.getByText('We can only store your answers and logs with your consent').waitFor();
  await consent.check();
  await page.getByRole('button', { name: 'Finish' }).click();
  await waitForPath(page, '/dashboard');

  const { rows } = await platform.db.query<{ onboarding_data: Record<string, unknown>; consented: boolean }>(
    'SELECT onboarding_data, health_data_consent_at IS NOT NULL AS consented FROM users WHERE email = $1',
    [account.email],
  );
  expect(rows[0]?.consented).toBe(true);
  expect(rows[0]?.onboarding_data).toMatchObject({
    conditions: ['pcos', 'pms'],
    goals: ['understand-symptoms', 'energy-sleep'],
    cycle: { typicalLengthDays: 31, lastPeriodStart, regularity: 'irregular' },
    ageRange: '25-34',
    completedAt: expect.any(String),
  });
}
