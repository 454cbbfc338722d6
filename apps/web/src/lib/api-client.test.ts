import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { delay, installFakeBackend, makeToken, makeUser, unauthorized } from '@/test/fake-backend';
import { api, getErrorStatus, refreshSession } from './api-client';
import { onSessionEvent, type SessionEvent } from './session-events';
import { tokenStore } from './token-store';

const staleToken = makeToken('stale');
const freshToken = makeToken('fresh');
const paths = ['/api/symptoms', '/api/posts', '/api/bookings', '/api/cart', '/api/orders'];

/** GET through the real client; `path` as the fake backend records it. */
const read = (path: string) => api.get(path.slice(1)).json<{ path: string }>();

/** The HTTP status a request failed with (undefined if it succeeded or got no answer). */
const failedWith = (request: Promise<unknown>) => request.then(() => undefined, getErrorStatus);

function protectedRoutes(validToken: () => string) {
  return Object.fromEntries(
    paths.map((path) => [
      `GET ${path}`,
      async (call: { authorization: string | undefined }) => {
        await delay(5);
        return call.authorization === `Bearer ${validToken()}`
          ? { status: 200, data: { path } }
          : unauthorized;
      },
    ]),
  );
}

/** POST /auth/refresh answering, after `delayMs`, a session with the fresh token. */
function refreshIssuingFreshToken(delayMs = 0) {
  return async () => {
    await delay(delayMs);
    return { status: 200, data: { accessToken: freshToken, user: makeUser() } };
  };
}

describe('the 401 interceptor', () => {
  let backend: ReturnType<typeof installFakeBackend>;
  const events: SessionEvent[] = [];
  let stopListening: () => void;

  beforeEach(() => {
    tokenStore.set(staleToken);
    events.length = 0;
    stopListening = onSessionEvent((event) => events.push(event));
  });
  afterEach(() => {
    backend.restore();
    stopListening();
    tokenStore.clear();
  });

  it('when five requests get 401 at once, refreshes exactly once and replays all five with the new token', async () => {
    backend = installFakeBackend({
      ...protectedRoutes(() => freshToken),
      'POST /auth/refresh': refreshIssuingFreshToken(30),
    });

    const responses = await Promise.all(paths.map(read));

    expect(responses.map((response) => response.path)).toEqual(paths);
    expect(backend.callsTo('POST', '/auth/refresh')).toHaveLength(1);
    const replays = backend.calls.filter(
      (call) => call.url.startsWith('/api/') && call.authorization === `Bearer ${freshToken}`,
    );
    expect(replays.map((call) => call.url).sort()).toEqual([...paths].sort());
    expect(tokenStore.get()).toBe(freshToken);
    expect(events).toEqual([{ type: 'refreshed', session: { accessToken: freshToken, user: makeUser() } }]);
  });

  it('when a 401 arrives after the refresh already finished, replays with the new token without refreshing again', async () => {
    let slowPathAnswered = false;
    backend = installFakeBackend({
      ...protectedRoutes(() => freshToken),
      'GET /api/slow': async (call) => {
        await delay(80);
        slowPathAnswered = true;
        return call.authorization === `Bearer ${freshToken}`
          ? { status: 200, data: { path: '/api/slow' } }
          : unauthorized;
      },
      'POST /auth/refresh': refreshIssuingFreshToken(),
    });

    const [fast, slow] = await Promise.all([read('/api/symptoms'), read('/api/slow')]);

    expect(slowPathAnswered).toBe(true);
    expect([fast.path, slow.path]).toEqual(['/api/symptoms', '/api/slow']);
    expect(backend.callsTo('POST', '/auth/refresh')).toHaveLength(1);
  });

  it('when the refresh fails, rejects all five, clears the token and reports the session as expired', async () => {
    backend = installFakeBackend({
      ...protectedRoutes(() => freshToken),
      'POST /auth/refresh': async () => {
        await delay(30);
        return unauthorized;
      },
    });

    const results = await Promise.allSettled(paths.map(read));

    expect(results.map((result) => result.status)).toEqual(Array(5).fill('rejected'));
    expect(backend.callsTo('POST', '/auth/refresh')).toHaveLength(1);
    expect(backend.calls.filter((call) => call.url.startsWith('/api/'))).toHaveLength(5);
    expect(tokenStore.get()).toBeNull();
    expect(events).toEqual([{ type: 'expired' }]);
  });

  it('never tries to refresh for a 401 from the auth endpoints themselves', async () => {
    backend = installFakeBackend({
      'POST /auth/login': () => ({
        status: 401,
        data: { error: { code: 'invalid_credentials', message: 'Wrong' } },
      }),
      'POST /auth/refresh': refreshIssuingFreshToken(),
    });

    expect(await failedWith(api.post('auth/login', { json: { email: 'a@b.co', password: 'x' } }))).toBe(401);
    expect(backend.callsTo('POST', '/auth/refresh')).toHaveLength(0);
    expect(tokenStore.get()).toBe(staleToken);
  });

  it('when a 401 arrives while the scheduled refresh runs, waits for that refresh and replays with its token', async () => {
    backend = installFakeBackend({
      ...protectedRoutes(() => freshToken),
      'POST /auth/refresh': refreshIssuingFreshToken(40),
    });

    const scheduled = refreshSession();
    const [response] = await Promise.all([read('/api/symptoms'), scheduled]);

    expect(response.path).toBe('/api/symptoms');
    expect(backend.callsTo('POST', '/auth/refresh')).toHaveLength(1);
    expect(backend.callsTo('GET', '/api/symptoms').map((call) => call.authorization)).toEqual([
      `Bearer ${staleToken}`,
      `Bearer ${freshToken}`,
    ]);
  });

  it('does not replay a request a second time when the new token is refused too', async () => {
    backend = installFakeBackend({
      ...protectedRoutes(() => 'a token nobody has'),
      'POST /auth/refresh': refreshIssuingFreshToken(),
    });

    expect(await failedWith(read('/api/symptoms'))).toBe(401);
    expect(backend.callsTo('GET', '/api/symptoms')).toHaveLength(2);
    expect(backend.callsTo('POST', '/auth/refresh')).toHaveLength(1);
  });

  it('replays a write that got 401 with the same body it first sent', async () => {
    const bodies: unknown[] = [];
    backend = installFakeBackend({
      'POST /api/posts': (call, body) => {
        bodies.push(body);
        return call.authorization === `Bearer ${freshToken}`
          ? { status: 201, data: { item: body } }
          : unauthorized;
      },
      'POST /auth/refresh': refreshIssuingFreshToken(),
    });
    const post = { title: 'Cycle day 40', body: 'Anyone else?', category: 'pcos' };

    const created = await api.post('api/posts', { json: post }).json<{ item: unknown }>();

    expect(created.item).toEqual(post);
    expect(bodies).toEqual([post, post]);
  });

  it('sends the access token as a Bearer header on every request', async () => {
    backend = installFakeBackend({ ...protectedRoutes(() => staleToken) });
    await read('/api/cart');
    expect(backend.calls[0]?.authorization).toBe(`Bearer ${staleToken}`);
  });
});
