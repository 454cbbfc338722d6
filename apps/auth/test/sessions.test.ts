import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuthHarness, startAuthHarness } from './support/auth-harness';
import { createVerifiedUser, PASSWORD } from './support/flows';

let h: AuthHarness;
beforeAll(async () => {
  h = await startAuthHarness();
});
afterAll(() => h?.stop());

async function logInFrom(email: string, userAgent: string) {
  const response = await h.request('POST', '/auth/login', {
    body: { email, password: PASSWORD },
    headers: { 'user-agent': userAgent },
  });
  expect(response.status).toBe(200);
  return { accessToken: response.body.accessToken as string, refreshToken: response.refreshCookie! };
}

const listSessions = (bearer: string, refreshToken?: string) =>
  h.request('GET', '/auth/sessions', { bearer, refreshToken });
const refresh = (refreshToken: string, userAgent = 'Phone/2') =>
  h.request('POST', '/auth/refresh', { refreshToken, headers: { 'user-agent': userAgent } });

describe('GET /auth/sessions', () => {
  it('lists one item per login with its user agent, and marks the cookie’s login as current', async () => {
    const { email } = await createVerifiedUser(h);
    const laptop = await logInFrom(email, 'Laptop/1');
    const phone = await logInFrom(email, 'Phone/1');

    const response = await listSessions(laptop.accessToken, laptop.refreshToken);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    // verify-email started a login too: three in all.
    expect(response.body.items).toHaveLength(3);
    for (const item of response.body.items) {
      expect(item).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        createdAt: expect.stringMatching(/Z$/),
        lastUsedAt: expect.stringMatching(/Z$/),
        // fetch itself says 'node' (verify-email's login).
        userAgent: expect.toBeOneOf(['node', 'Laptop/1', 'Phone/1']),
        current: expect.any(Boolean),
      });
    }
    const current = response.body.items.filter((item: { current: boolean }) => item.current);
    expect(current).toHaveLength(1);
    expect(current[0].userAgent).toBe('Laptop/1');

    const fromPhone = await listSessions(phone.accessToken, phone.refreshToken);
    expect(fromPhone.body.items.find((item: { current: boolean }) => item.current).userAgent).toBe('Phone/1');
  });

  it('keeps one item per login across refreshes, with the same id, a later lastUsedAt and the newest user agent', async () => {
    const { email } = await createVerifiedUser(h);
    const phone = await logInFrom(email, 'Phone/1');
    const before = (await listSessions(phone.accessToken, phone.refreshToken)).body.items;
    const mine = before.find((item: { current: boolean }) => item.current);

    const first = await refresh(phone.refreshToken);
    const second = await refresh(first.refreshCookie!);
    expect(second.status).toBe(200);

    const after = (await listSessions(second.body.accessToken, second.refreshCookie)).body.items;
    expect(after).toHaveLength(before.length);
    const same = after.find((item: { current: boolean }) => item.current);
    expect(same.id).toBe(mine.id);
    expect(same.createdAt).toBe(mine.createdAt);
    expect(Date.parse(same.lastUsedAt)).toBeGreaterThanOrEqual(Date.parse(mine.lastUsedAt));
    expect(same.userAgent).toBe('Phone/2');
  });

  it('leaves out logins that were logged out, and marks nothing current without a cookie', async () => {
    const { email, accessToken } = await createVerifiedUser(h);
    const gone = await logInFrom(email, 'Gone/1');
    await h.request('POST', '/auth/logout', { refreshToken: gone.refreshToken });
    const items = (await listSessions(accessToken)).body.items;
    expect(items.map((item: { userAgent: string | null }) => item.userAgent)).not.toContain('Gone/1');
    expect(items.every((item: { current: boolean }) => !item.current)).toBe(true);
  });

  it('never shows someone else’s logins', async () => {
    const asha = await createVerifiedUser(h);
    const other = await createVerifiedUser(h);
    await logInFrom(other.email, 'Other/1');
    const items = (await listSessions(asha.accessToken, asha.refreshToken)).body.items;
    expect(items).toHaveLength(1);
    expect(items[0].current).toBe(true);
  });

  it('answers 401 unauthorized without a valid access token', async () => {
    expect((await h.request('GET', '/auth/sessions')).status).toBe(401);
    const response = await h.request('GET', '/auth/sessions', { bearer: 'not.a.token' });
    expect(response).toMatchObject({ status: 401, body: { error: { code: 'unauthorized' } } });
  });
});

describe('DELETE /auth/sessions/:id', () => {
  it('ends that login: its refresh token stops working, the others keep working', async () => {
    const { email } = await createVerifiedUser(h);
    const laptop = await logInFrom(email, 'Laptop/1');
    const phone = await logInFrom(email, 'Phone/1');
    const items = (await listSessions(laptop.accessToken, laptop.refreshToken)).body.items;
    const phoneSession = items.find((item: { userAgent: string }) => item.userAgent === 'Phone/1');

    const ended = await h.request('DELETE', `/auth/sessions/${phoneSession.id}`, {
      bearer: laptop.accessToken,
      refreshToken: laptop.refreshToken,
    });
    expect(ended.status).toBe(204);
    expect(ended.refreshCookie).toBeUndefined();
    expect((await refresh(phone.refreshToken)).status).toBe(401);
    expect((await refresh(laptop.refreshToken)).status).toBe(200);
    const left = (await listSessions(laptop.accessToken)).body.items;
    expect(left.map((item: { id: string }) => item.id)).not.toContain(phoneSession.id);
  });

  it('ending the current login also clears its cookie', async () => {
    const { email } = await createVerifiedUser(h);
    const laptop = await logInFrom(email, 'Laptop/1');
    const items = (await listSessions(laptop.accessToken, laptop.refreshToken)).body.items;
    const current = items.find((item: { current: boolean }) => item.current);
    const ended = await h.request('DELETE', `/auth/sessions/${current.id}`, {
      bearer: laptop.accessToken,
      refreshToken: laptop.refreshToken,
    });
    expect(ended.status).toBe(204);
    expect(ended.refreshCookie).toBe('');
    expect((await refresh(laptop.refreshToken)).status).toBe(401);
  });

  it('answers 404 not_found for someone else’s session, which keeps working', async () => {
    const asha = await createVerifiedUser(h);
    const other = await createVerifiedUser(h);
    const theirs = (await listSessions(other.accessToken, other.refreshToken)).body.items[0];
    const response = await h.request('DELETE', `/auth/sessions/${theirs.id}`, { bearer: asha.accessToken });
    expect(response).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
    expect((await refresh(other.refreshToken)).status).toBe(200);
  });

  it.each([
    ['an id that is not a UUID', 'not-a-uuid'],
    ['an unknown id', '6f1c1d2e-8a4b-4c3d-9e8f-0a1b2c3d4e5f'],
  ])('answers 404 not_found for %s', async (_situation, id) => {
    const asha = await createVerifiedUser(h);
    const response = await h.request('DELETE', `/auth/sessions/${id}`, { bearer: asha.accessToken });
    expect(response).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
  });

  it('answers 404 for a session already ended', async () => {
    const { email } = await createVerifiedUser(h);
    const laptop = await logInFrom(email, 'Laptop/1');
    const id = (await listSessions(laptop.accessToken, laptop.refreshToken)).body.items[0].id;
    const end = () => h.request('DELETE', `/auth/sessions/${id}`, { bearer: laptop.accessToken });
    expect((await end()).status).toBe(204);
    expect((await end()).status).toBe(404);
  });

  it('answers 401 without an access token', async () => {
    const response = await h.request('DELETE', '/auth/sessions/6f1c1d2e-8a4b-4c3d-9e8f-0a1b2c3d4e5f');
    expect(response.status).toBe(401);
  });
});

describe('DELETE /auth/sessions', () => {
  it('ends every login but the current one', async () => {
    const { email, refreshToken: first } = await createVerifiedUser(h);
    const laptop = await logInFrom(email, 'Laptop/1');
    const phone = await logInFrom(email, 'Phone/1');
    const other = await createVerifiedUser(h);

    const response = await h.request('DELETE', '/auth/sessions', {
      bearer: laptop.accessToken,
      refreshToken: laptop.refreshToken,
    });
    expect(response.status).toBe(204);
    expect(response.refreshCookie).toBeUndefined();

    expect((await refresh(first)).status).toBe(401);
    expect((await refresh(phone.refreshToken)).status).toBe(401);
    const kept = await refresh(laptop.refreshToken);
    expect(kept.status).toBe(200);
    const items = (await listSessions(kept.body.accessToken, kept.refreshCookie)).body.items;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ current: true, userAgent: 'Phone/2' });
    // Another person's login is untouched.
    expect((await refresh(other.refreshToken)).status).toBe(200);
  });

  it('without a cookie of the caller there is no current login, so every one ends', async () => {
    const { email, accessToken, refreshToken } = await createVerifiedUser(h);
    const laptop = await logInFrom(email, 'Laptop/1');
    expect((await h.request('DELETE', '/auth/sessions', { bearer: accessToken })).status).toBe(204);
    expect((await refresh(refreshToken)).status).toBe(401);
    expect((await refresh(laptop.refreshToken)).status).toBe(401);
  });
});
