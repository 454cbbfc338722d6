/**
 * The export lists the person's sessions as the auth service knows them: every login, live or ended,
 * and never a refresh token or its hash.
 */
import { exportDocumentSchema } from '@hormohelp/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from './support/reliability-http';
import { type Stack, startStack } from './support/reliability-stack';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.stop());

const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0';
const CHROME = 'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/120.0 Mobile Safari/537.36';

async function logIn(email: string, password: string, userAgent: string) {
  const answer = await call(stack.apiUrl, 'POST', '/auth/login', {
    body: { email, password },
    headers: { 'user-agent': userAgent },
  });
  expect(answer.status).toBe(200);
  const cookie = answer.headers.getSetCookie().find((value) => value.startsWith('refresh_token='))!;
  return { token: answer.body.accessToken as string, cookie: cookie.split(';')[0]! };
}

describe('the export of a person who signed in on two devices', () => {
  it('lists both logins as GET /auth/sessions does, the ended one with its end, and no token or hash', async () => {
    const email = `sessions-${Date.now()}@example.com`;
    const password = 'Cardamom-Harbour-42-kite';
    const signup = await call(stack.apiUrl, 'POST', '/auth/signup', {
      body: { email, password, name: 'Meera' },
    });
    expect(signup.status).toBe(201);
    const laptop = await logIn(email, password, FIREFOX);
    const phone = await logIn(email, password, CHROME);

    const asLaptop = { token: laptop.token, headers: { cookie: laptop.cookie } };
    const listed = (await call(stack.apiUrl, 'GET', '/auth/sessions', asLaptop)).body.items;
    expect(listed).toHaveLength(2);
    const phoneSession = listed.find((session: { userAgent: string }) => session.userAgent === CHROME);
    expect((await call(stack.apiUrl, 'DELETE', `/auth/sessions/${phoneSession.id}`, asLaptop)).status).toBe(
      204,
    );
    const stillListed = (await call(stack.apiUrl, 'GET', '/auth/sessions', asLaptop)).body.items;

    const exported = await call(stack.apiUrl, 'GET', '/users/me/export', { token: laptop.token });
    expect(exported.status).toBe(200);
    const { sessions } = exportDocumentSchema.parse(exported.body);
    // The live one exactly as the sessions list shows it; the ended one is still held, so shown.
    const { current: _current, ...laptopListed } = stillListed[0];
    expect(stillListed).toHaveLength(1);
    expect(sessions).toEqual([
      { ...laptopListed, expiresAt: expect.any(String), endedAt: null },
      {
        id: phoneSession.id,
        createdAt: phoneSession.createdAt,
        lastUsedAt: phoneSession.lastUsedAt,
        userAgent: CHROME,
        expiresAt: expect.any(String),
        endedAt: expect.any(String),
      },
    ]);
    expect(Date.parse(sessions[0]!.expiresAt)).toBeGreaterThan(Date.now());

    const { rows } = await stack.db.query<{ token_hash: string }>(
      'SELECT token_hash FROM refresh_tokens WHERE user_id = (SELECT id FROM users WHERE email = $1)',
      [email],
    );
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const { token_hash } of rows) expect(exported.text).not.toContain(token_hash);
    for (const { cookie } of [laptop, phone]) expect(exported.text).not.toContain(cookie.split('=')[1]!);
  });
});
