import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { AuthHarness, HttpResult } from './auth-harness';

export const PASSWORD = 'lilac-Orbit-7-kettle';

export function uniqueEmail(label = 'user'): string {
  return `${label}-${randomUUID().slice(0, 8)}@example.com`;
}

/** The token in the first link of the newest mail to `email` whose link path is `path`. */
export async function tokenFromMail(h: AuthHarness, email: string, path: string, after = 0): Promise<string> {
  const message = await h.mail.waitFor(
    (m) =>
      m.to.includes(email) && Date.parse(m.date) >= after - 1000 && m.links.some((l) => l.includes(path)),
  );
  const link = message.links.find((l) => l.includes(path))!;
  return new URL(link).searchParams.get('token')!;
}

export async function signUp(h: AuthHarness, email: string, name = 'Asha Rao'): Promise<HttpResult> {
  const response = await h.request('POST', '/auth/signup', { body: { email, password: PASSWORD, name } });
  expect(response.status).toBe(201);
  return response;
}

/** A verified account and its first session (via the real mail and verify-email). */
export async function createVerifiedUser(h: AuthHarness, email = uniqueEmail()) {
  await signUp(h, email);
  const token = await tokenFromMail(h, email, '/verify-email');
  const session = await h.request('POST', '/auth/verify-email', { body: { token } });
  expect(session.status).toBe(200);
  return {
    email,
    accessToken: session.body.accessToken as string,
    refreshToken: session.refreshCookie!,
    user: session.body.user,
  };
}

/** POST /auth/login with the given credentials. */
export async function logIn(h: AuthHarness, email: string, password = PASSWORD): Promise<HttpResult> {
  return h.request('POST', '/auth/login', { body: { email, password } });
}
