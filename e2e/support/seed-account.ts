import type { Expert, Post, Product } from '@hormohelp/contracts';
import { type Account, callApi, createVerifiedAccount } from './accounts';
import { localDate } from './browser';
import { readMailLink } from './mail';
import type { Platform } from './platform';

/**
 * A verified, onboarded account with some of everything (three days of logs, a post with a comment, a
 * booking, a cart line), made through the API as the web app would, so that every protected page is
 * checked in the state a regular user sees rather than empty.
 */
export async function seedActiveAccount(platform: Platform, account: Account): Promise<void> {
  const token = await createVerifiedAccount(platform, account);
  const call = <T>(method: string, path: string, body?: unknown) =>
    callApi<T>(platform, method, path, { token, body });

  await call('PATCH', '/users/me', {
    healthDataConsent: true,
    onboardingData: {
      conditions: ['hypothyroidism'],
      goals: ['energy-sleep'],
      cycle: { typicalLengthDays: 28, lastPeriodStart: localDate(9), regularity: 'regular' },
      ageRange: '35-44',
      completedAt: new Date().toISOString(),
    },
  });
  const logs = [
    { symptoms: ['Fatigue', 'Cold intolerance'], severity: 5, mood: 6, energy: 3, sleep: 6 },
    { symptoms: ['Brain fog'], severity: 4, mood: 7, energy: 5, sleep: 7 },
    { symptoms: ['Fatigue', 'Dry skin'], severity: 6, mood: 5, energy: 3, sleep: 5 },
  ];
  for (const [daysAgo, log] of logs.entries()) {
    await call('POST', '/api/symptoms', { ...log, date: localDate(daysAgo), notes: 'Seeded for the audit.' });
  }
  const { item: post } = await call<{ item: Post }>('POST', '/api/posts', {
    title: 'Levothyroxine timing: before or after breakfast?',
    body: 'My doctor said 30 minutes before. How do you fit it into your morning?',
    category: 'Thyroid',
  });
  await call('POST', `/api/posts/${post.id}/comments`, {
    body: 'I take it when I wake up, then coffee later.',
  });
  await call('POST', `/api/posts/${post.id}/like`);

  const { items: experts } = await call<{ items: Expert[] }>('GET', '/api/experts');
  const expert = experts.find((candidate) => candidate.slots.length > 1);
  if (!expert) throw new Error('no expert has open slots to book');
  await call('POST', '/api/bookings', {
    expertId: expert.id,
    type: expert.consultationTypes[0],
    ...expert.slots[expert.slots.length - 1],
    notes: 'Follow-up on thyroid results.',
  });
  const { items: products } = await call<{ items: Product[] }>('GET', '/api/products');
  await call('POST', '/api/cart', { productId: products[0]!.id, quantity: 2 });
}

/** A password-reset link for the account, from the mail, for the reset page's real form. */
export async function requestResetLink(platform: Platform, email: string): Promise<string> {
  await callApi(platform, 'POST', '/auth/forgot-password', { body: { email }, expect: [202] });
  return readMailLink(platform.mail, { to: email, subject: /reset/i, webUrl: platform.webUrl });
}
