/**
 * PostgreSQL stopped for 5 s under a stream of symptom writes, then started again: no write is lost
 * or half-made, every failure is a clear 503, and both services come back by themselves.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextLogDate } from './support/log-dates';
import { type Answer, call, expectContractError, sleep, waitUntil } from './support/reliability-http';
import { type StoppablePostgres, startStoppablePostgres } from './support/reliability-postgres';
import { type Stack, type StackUser, startStack } from './support/reliability-stack';

let postgres: StoppablePostgres;
let stack: Stack;
beforeAll(async () => {
  postgres = await startStoppablePostgres();
  stack = await startStack({ databaseUrl: postgres.url });
}, 60_000);
afterAll(async () => {
  await stack?.stop();
  await postgres?.destroy();
});

interface Attempt {
  note: string;
  answer?: Answer;
  failure?: string;
}

/** One client writing logs back to back, each with a unique note, until told to stop. */
function startWriter(user: StackUser, attempts: Attempt[], isRunning: () => boolean) {
  return (async () => {
    while (isRunning()) {
      const attempt: Attempt = { note: `outage-${randomUUID()}` };
      attempts.push(attempt);
      const body = {
        date: nextLogDate(),
        symptoms: ['Fatigue'],
        notes: attempt.note,
        severity: 5,
        mood: 5,
        energy: 5,
        sleep: 5,
      };
      try {
        attempt.answer = await call(stack.apiUrl, 'POST', '/api/symptoms', { token: user.token, body });
      } catch (error) {
        attempt.failure = (error as Error).message;
      }
      if (attempt.answer?.status !== 201) await sleep(20);
    }
  })();
}

const isHealthy = (url: string) => async () =>
  (await fetch(`${url}/health`, { signal: AbortSignal.timeout(1000) })).status === 200;

describe('PostgreSQL stopped for 5 s while clients write symptom logs', () => {
  it('keeps every acknowledged write, stores nothing for a 503, and recovers within 5 s without a restart', async () => {
    const users = await Promise.all(Array.from({ length: 6 }, () => stack.createUser()));
    const attempts: Attempt[] = [];
    let running = true;
    const writers = users.map((user) => startWriter(user, attempts, () => running));

    await sleep(1000);
    await postgres.cluster.stop();
    const stoppedAt = performance.now();
    await sleep(500);
    const apiHealth = await call(stack.apiUrl, 'GET', '/health');
    const authHealth = await call(stack.authUrl, 'GET', '/health');
    const login = await call(stack.apiUrl, 'POST', '/auth/login', {
      body: { email: users[0]!.email, password: 'whatever-password-1' },
    });
    await sleep(Math.max(0, 5000 - (performance.now() - stoppedAt)));
    await postgres.cluster.start();
    const downMs = performance.now() - stoppedAt;

    const apiRecoveryMs = await waitUntil(isHealthy(stack.apiUrl), 5000, 'API /health 200');
    const authRecoveryMs = await waitUntil(isHealthy(stack.authUrl), 5000, 'auth /health 200');
    const writesBefore = attempts.filter((attempt) => attempt.answer?.status === 201).length;
    await sleep(1000);
    running = false;
    await Promise.all(writers);

    // While the database was away: a clear 503 from both services and through the proxy.
    expectContractError(apiHealth, { status: 503, code: 'upstream_unavailable' });
    expectContractError(authHealth, { status: 503, code: 'upstream_unavailable' });
    expectContractError(login, { status: 503, code: 'upstream_unavailable' });

    const { rows } = await stack.db.query<{ notes: string; n: number }>(
      `SELECT notes, count(*) AS n FROM symptom_logs WHERE notes LIKE 'outage-%' GROUP BY notes`,
    );
    const stored = new Map(rows.map((row) => [row.notes, row.n]));
    const succeeded = attempts.filter((attempt) => attempt.answer?.status === 201);
    const refused = attempts.filter((attempt) => attempt.answer && attempt.answer.status !== 201);
    expect(attempts.filter((attempt) => attempt.failure).map((attempt) => attempt.failure)).toEqual([]);
    for (const attempt of succeeded) expect(stored.get(attempt.note), attempt.note).toBe(1);
    for (const attempt of refused) {
      expectContractError(attempt.answer!, { status: 503, code: 'upstream_unavailable' });
      expect(stored.has(attempt.note), attempt.note).toBe(false);
    }
    expect(stored.size).toBe(succeeded.length);
    expect(refused.length).toBeGreaterThan(0);
    // Writes went on after recovery, on the same processes.
    expect(succeeded.length).toBeGreaterThan(writesBefore);

    console.info(
      `[reliability] database down ${Math.round(downMs)} ms: ${succeeded.length} writes stored, ` +
        `${refused.length} answered 503, none lost; API healthy ${Math.round(apiRecoveryMs)} ms and auth ` +
        `${Math.round(authRecoveryMs)} ms after PostgreSQL was back`,
    );
  }, 60_000);
});
