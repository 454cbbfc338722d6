/**
 * The auth service killed outright (SIGKILL of its process) and started again while people use the
 * platform: the API keeps serving every /api route, /auth/* answers 502 at once, then works again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextLogDate } from './support/log-dates';
import { call, expectContractError, sleep, waitUntil } from './support/reliability-http';
import { tourApiRoutes } from './support/reliability-route-tour';
import { type Stack, startStack } from './support/reliability-stack';

const PASSWORD = 'Marigold-Tide-42-lamp';
let stack: Stack;
let email: string;
let token: string;
beforeAll(async () => {
  stack = await startStack({ authProcess: true });
  email = `crash-${Date.now()}@example.com`;
  const signup = await call(stack.apiUrl, 'POST', '/auth/signup', {
    body: { email, password: PASSWORD, name: 'Kavya' },
  });
  expect(signup.status).toBe(201);
  const message = await stack.mail.waitFor((mail) => mail.to.includes(email), 15_000);
  const link = message.links.find((url) => url.includes('token='))!;
  const verified = await call(stack.apiUrl, 'POST', '/auth/verify-email', {
    body: { token: new URL(link).searchParams.get('token') },
  });
  expect(verified.status).toBe(200);
  token = verified.body.accessToken;
  // Symptom logs are stored only with consent to health data.
  const consent = await call(stack.apiUrl, 'PATCH', '/users/me', {
    token,
    body: { healthDataConsent: true },
  });
  expect(consent.status).toBe(200);
}, 60_000);
afterAll(() => stack?.stop());

/** Symptom writes and reads with the session's token, back to back, every answer checked. */
function startApiTraffic() {
  const failures: string[] = [];
  let answered = 0;
  let running = true;
  const log = { symptoms: ['Cramps'], severity: 4, mood: 6, energy: 5, sleep: 6 };
  const loop = (async () => {
    while (running) {
      try {
        const write = await call(stack.apiUrl, 'POST', '/api/symptoms', {
          token,
          body: { ...log, date: nextLogDate() },
        });
        const read = await call(stack.apiUrl, 'GET', '/api/symptoms?limit=5', { token });
        if (write.status !== 201 || read.status !== 200) failures.push(`${write.status}/${read.status}`);
        else answered += 2;
      } catch (error) {
        failures.push((error as Error).message);
      }
    }
  })();
  return {
    failures,
    answered: () => answered,
    async stop() {
      running = false;
      await loop;
    },
  };
}

describe('the auth service killed and restarted under traffic', () => {
  it('keeps every /api route answering, answers /auth/* 502 fast, and serves /auth/* again once it is back', async () => {
    const traffic = startApiTraffic();
    await waitUntil(
      async () => traffic.answered() >= 6 || traffic.failures.length > 0,
      30_000,
      'answers before the crash',
    );
    expect(traffic.failures).toEqual([]);

    const auth = stack.authProcess!.current();
    auth.child.kill('SIGKILL');
    expect((await auth.exited).signal).toBe('SIGKILL');

    const login = await call(stack.apiUrl, 'POST', '/auth/login', { body: { email, password: PASSWORD } });
    const me = await call(stack.apiUrl, 'GET', '/auth/me', { token });
    const refresh = await call(stack.apiUrl, 'POST', '/auth/refresh');
    for (const answer of [login, me, refresh]) {
      expectContractError(answer, { status: 502, code: 'upstream_unavailable' });
      expect(answer.ms).toBeLessThan(1000);
    }
    const answeredAtCrash = traffic.answered();
    const tour = await tourApiRoutes(stack.apiUrl, token);
    expect(tour.filter((stop) => stop.status !== stop.expected)).toEqual([]);
    expect(tour.length).toBeGreaterThanOrEqual(26);
    await sleep(300);
    expect(traffic.answered()).toBeGreaterThan(answeredAtCrash);

    const restartedAt = performance.now();
    await stack.authProcess!.restart();
    const backMs = await waitUntil(
      async () => (await call(stack.apiUrl, 'GET', '/auth/me', { token })).status === 200,
      10_000,
      '/auth/me 200 through the API',
    );
    const relogin = await call(stack.apiUrl, 'POST', '/auth/login', { body: { email, password: PASSWORD } });
    expect(relogin.status).toBe(200);
    expect(relogin.body.user.email).toBe(email);
    await traffic.stop();
    expect(traffic.failures).toEqual([]);

    console.info(
      `[reliability] auth SIGKILLed: /auth/* answered 502 in ${Math.round(Math.max(login.ms, me.ms, refresh.ms))} ms ` +
        `at most; ${tour.length} /api routes answered as usual, ${traffic.answered()} background requests, none failed; ` +
        `auth answering again ${Math.round(performance.now() - restartedAt)} ms after restart (${Math.round(backMs)} ms after healthy)`,
    );
  }, 120_000);
});
