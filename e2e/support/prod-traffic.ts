/**
 * One signed-in person's continuous traffic through the round-robin client, for the rolling-restart
 * test: one loop refreshes the session (API → balancer → auth) and reads /auth/me, one after the
 * other since a refresh token is single-use; another writes and reads symptom logs with the current
 * access token. Every answer that is not the expected status, and every error, is a failure.
 */

import { nextLogDate } from './log-dates';
import type { createRoundRobinClient } from './prod-balancer';

type Client = ReturnType<typeof createRoundRobinClient>;

export function startSessionTraffic(client: Client, session: { accessToken: string; refreshToken: string }) {
  const failures: string[] = [];
  let answered = 0;
  let running = true;

  const expectStatus = (label: string, status: number, expected: number) => {
    if (status === expected) answered += 1;
    else failures.push(`${label}: ${status}`);
    return status === expected;
  };
  const loop = async (label: string, step: () => Promise<void>) => {
    while (running)
      await step().catch((error: Error) => {
        failures.push(`${label}: ${error.message}`);
      });
  };

  const workers = [
    loop('session', async () => {
      const refreshed = await client.send('POST', '/auth/refresh', { refreshToken: session.refreshToken });
      if (!expectStatus('refresh', refreshed.status, 200)) return;
      session.accessToken = refreshed.body.accessToken;
      session.refreshToken = refreshed.refreshToken!;
      const me = await client.send('GET', '/auth/me', { bearer: session.accessToken });
      expectStatus('me', me.status, 200);
    }),
    loop('symptoms', async () => {
      const body = { date: nextLogDate(), symptoms: ['Fatigue'], severity: 4, mood: 6, energy: 5, sleep: 7 };
      const logged = await client.send('POST', '/api/symptoms', { bearer: session.accessToken, body });
      expectStatus('log', logged.status, 201);
      const listed = await client.send('GET', '/api/symptoms', { bearer: session.accessToken });
      expectStatus('list', listed.status, 200);
    }),
  ];

  return {
    failures,
    answered: () => answered,
    /** Resolves once `count` more requests were answered as expected (or something failed). */
    async waitForAnswers(count: number) {
      const target = answered + count;
      while (answered < target && failures.length === 0)
        await new Promise((resolve) => setTimeout(resolve, 20));
    },
    async stop() {
      running = false;
      await Promise.all(workers);
    },
  };
}
