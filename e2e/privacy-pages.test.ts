/**
 * The privacy pages in a real browser against the real services: the report as it prints, the data
 * downloads saved through the Bearer token, consent withdrawn (keeping or deleting the health data
 * stored) and given again, and the account erased from the settings page.
 */
import { readFile } from 'node:fs/promises';
import { SYMPTOM_CSV_COLUMNS } from '@hormohelp/contracts';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newAccount } from './support/accounts';
import { type BrowserSession, launchBrowser, openSession } from './support/browser';
import { waitForPageReady } from './support/page-audit';
import { type Platform, startPlatform } from './support/platform';
import { seedActiveAccount } from './support/seed-account';
import { logIn } from './support/steps/session';
import { waitForPath } from './support/waits';

let platform: Platform;
let browser: Browser;
let session: BrowserSession;
const account = newAccount('Kavya Iyer');
const STEP_TIMEOUT = 60_000;

beforeAll(async () => {
  platform = await startPlatform();
  browser = await launchBrowser();
  session = await openSession(browser, platform.webUrl);
  await seedActiveAccount(platform, account);
  await session.page.goto('/login');
  await logIn(session.page, account);
  await waitForPath(session.page, '/dashboard');
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

describe('the privacy pages in a browser', () => {
  it(
    'prints the report without the navigation and the controls, with the notes and the "not medical advice" mark',
    async () => {
      const { page } = session;
      await page.goto('/report');
      await waitForPageReady(page);
      const report = page.getByRole('article', { name: account.name });
      await report.getByText('Seeded for the audit.').first().waitFor();

      await page.emulateMedia({ media: 'print' });
      expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: 'Print / Save as PDF' }).isVisible()).toBe(false);
      expect(await page.getByRole('form', { name: 'Report dates' }).isVisible()).toBe(false);
      expect(await report.getByText('Not medical advice.').isVisible()).toBe(true);
      expect(await report.getByText('Seeded for the audit.').count()).toBe(3);
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      await page.emulateMedia({ media: 'screen' });
    },
    STEP_TIMEOUT,
  );

  it(
    'downloads everything as JSON and the logs as CSV',
    async () => {
      const { page } = session;
      await page.goto('/settings');
      await waitForPageReady(page);

      const jsonDownload = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Download my data (JSON)' }).click();
      const json = await jsonDownload;
      expect(json.suggestedFilename()).toMatch(/^hormohelp-my-data-\d{4}-\d{2}-\d{2}\.json$/);
      const document = JSON.parse(await readFile((await json.path()) as string, 'utf8'));
      expect(document.profile.email).toBe(account.email);
      expect(document.symptomLogs).toHaveLength(3);

      const csvDownload = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Download symptom logs (CSV)' }).click();
      const csv = await csvDownload;
      expect(csv.suggestedFilename()).toMatch(/^hormohelp-symptom-logs-\d{4}-\d{2}-\d{2}\.csv$/);
      const lines = (await readFile((await csv.path()) as string, 'utf8')).trim().split('\r\n');
      // Every field is quoted (RFC 4180), the header too.
      expect(lines[0]).toBe(SYMPTOM_CSV_COLUMNS.map((column) => `"${column}"`).join(','));
      expect(lines).toHaveLength(4);
    },
    STEP_TIMEOUT,
  );

  it(
    'withdraws consent keeping the logs, gives it again, then withdraws it deleting the health data',
    async () => {
      const { page } = session;
      const consent = page.getByRole('region', { name: 'Health data consent' });
      const stored = async () =>
        (
          await platform.db.query<{ at: Date | null; logs: number; answers: Record<string, unknown> }>(
            `SELECT health_data_consent_at AS at, onboarding_data AS answers,
                    (SELECT count(*)::int FROM symptom_logs WHERE user_id = users.id) AS logs
               FROM users WHERE email = $1`,
            [account.email],
          )
        ).rows[0]!;
      const giveConsent = async () => {
        await consent.getByRole('button', { name: 'Give consent' }).click();
        await consent.getByText('You have agreed that HormoHelp stores your health data.').waitFor();
        expect((await stored()).at).toBeInstanceOf(Date);
      };

      await consent.getByRole('button', { name: 'Withdraw consent' }).click();
      await consent.getByRole('button', { name: 'Withdraw, keep what I logged' }).click();
      await consent.getByText('You have not agreed to HormoHelp storing your health data.').waitFor();
      expect(await stored()).toMatchObject({ at: null, logs: 3 });
      await giveConsent();

      await consent.getByRole('button', { name: 'Withdraw consent' }).click();
      await consent.getByRole('button', { name: 'Withdraw and delete my health data' }).click();
      await page.getByText('Your consent is withdrawn and 3 symptom logs were deleted.').waitFor();
      const after = await stored();
      expect(after).toMatchObject({ at: null, logs: 0 });
      expect(Object.keys(after.answers)).toEqual(['completedAt']);
      await giveConsent();
    },
    STEP_TIMEOUT,
  );

  it(
    'deletes the account with the password and lands home, signed out, with no user row left',
    async () => {
      const { page } = session;
      await page.getByRole('button', { name: 'Delete my account' }).click();
      await page.getByLabel('Your password').fill('not the password');
      await page.getByRole('button', { name: 'Delete my account permanently' }).click();
      await page.getByText('That password is not right.').waitFor();

      await page.getByLabel('Your password').fill(account.password);
      await page.getByRole('button', { name: 'Delete my account permanently' }).click();
      await waitForPath(page, '/');
      await page.getByText('Your account and its data are deleted.').waitFor();
      const { rows } = await platform.db.query('SELECT id FROM users WHERE email = $1', [account.email]);
      expect(rows).toHaveLength(0);

      await page.goto('/settings');
      await waitForPath(page, '/login');
    },
    STEP_TIMEOUT,
  );
});
