/**
 * Two auth and two API instances (the production bundles) on loopback against one database, with
 * RATE_LIMIT_STORE=postgres, and one person's traffic spread over them in turn. What must hold when a
 * service runs as several replicas: limits are counted once for all of them, a session moves freely
 * between them, and a rolling restart loses no request. The load balancing is described in
 * support/prod-balancer.ts.
 */
import { findFreePort } from '@hormohelp/db';
import { freshDatabase } from '@hormohelp/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailCatcher, type MailCatcher } from '../apps/mail-catcher/src/mail-catcher';
import { createRoundRobinClient, startBalancer } from './support/prod-balancer';
import { type Bundles, buildServiceBundles } from './support/prod-build';
import { apiEnvironment, authEnvironment, createKeys } from './support/prod-environment';
import { send } from './support/prod-http';
import { type BundleProcess, startService } from './support/prod-process';

type Instance = { entry: string; env: Record<string, string>; process: BundleProcess & { url: string } };

const PASSWORD = 'lilac-Orbit-7-kettle';
// Each login runs a full Argon2id check (64 MiB, t=3): on a busy 2-core machine that is seconds.
let bundles: Bundles;
let mail: MailCatcher;
let auths: Instance[];
let apis: Instance[];
let balancer: Awaited<ReturnType<typeof startBalancer>>;

async function launch(entry: string, env: Record<string, string>): Promise<Instance> {
  return { entry, env, process: await startService(entry, env) };
}

/** SIGTERM, wait for the drained exit, start it again on the same port. */
async function restart(instance: Instance, whileDown: () => Promise<void>): Promise<number | null> {
  const code = await instance.process.stop();
  await whileDown();
  instance.process = await startService(instance.entry, instance.env);
  return code;
}

beforeAll(async () => {
  bundles = await buildServiceBundles();
  const keys = await createKeys(bundles.dir);
  mail = await createMailCatcher({ smtpPort: 0, httpPort: 0 });
  const databaseUrl = (await freshDatabase()).url;
  auths = await Promise.all(
    [0, 1].map(async () =>
      launch(
        bundles.auth,
        authEnvironment({ databaseUrl, keys, smtpPort: mail.smtpPort, port: await findFreePort() }),
      ),
    ),
  );
  balancer = await startBalancer(auths.map((auth) => auth.process.url));
  apis = await Promise.all(
    [0, 1].map(async () =>
      launch(
        bundles.api,
        apiEnvironment({ databaseUrl, keys, authUrl: balancer.url, port: await findFreePort() }),
      ),
    ),
  );
}, 120_000);

afterAll(async () => {
  await Promise.all([...(apis ?? []), ...(auths ?? [])].map((instance) => instance.process.stop()));
  await balancer?.stop();
  await mail?.stop();
});

/** A verified account: signed up on one auth instance, verified on the other. */
async function createVerifiedUser(ip: string) {
  const email = `scale-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  const [first, second] = auths.map((auth) => auth.process.url);
  const signup = await send(first!, 'POST', '/auth/signup', {
    body: { email, password: PASSWORD, name: 'Meera' },
    ip,
  });
  expect(signup.status).toBe(201);
  const message = await mail.waitFor(
    (m) => m.to.includes(email) && m.links.some((l) => l.includes('/verify-email')),
  );
  const token = new URL(message.links.find((l) => l.includes('/verify-email'))!).searchParams.get('token');
  const session = await send(second!, 'POST', '/auth/verify-email', { body: { token }, ip });
  expect(session.status).toBe(200);
  return { email, accessToken: session.body.accessToken as string, refreshToken: session.refreshToken! };
}

describe('two auth and two API instances on one database', () => {
  it('count the login rate limit once for all of them: the 11th attempt in the window is 429', async () => {
    const client = createRoundRobinClient(apis.map((api) => api.process.url));
    const ip = '203.0.113.11';
    const attempt = () =>
      client.send('POST', '/auth/login', {
        body: { email: 'nobody-here@example.com', password: PASSWORD },
        ip,
      });
    const before = new Map(balancer.rotation.served);
    for (let index = 0; index < 10; index += 1) expect((await attempt()).status).toBe(401);
    const limited = await attempt();
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('rate_limited');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Both API instances and both auth instances took part in counting to 10.
    for (const api of apis) expect(client.rotation.served.get(api.process.url)).toBeGreaterThanOrEqual(5);
    for (const auth of auths)
      expect(
        (balancer.rotation.served.get(auth.process.url) ?? 0) - (before.get(auth.process.url) ?? 0),
      ).toBeGreaterThanOrEqual(5);
    // Another client is not affected.
    const other = await client.send('POST', '/auth/login', {
      body: { email: 'nobody-here@example.com', password: PASSWORD },
      ip: '203.0.113.12',
    });
    expect(other.status).toBe(401);
  }, 120_000);

  it('rotate on one auth instance a refresh token that the other issued, and both APIs accept its tokens', async () => {
    const user = await createVerifiedUser('203.0.113.21');
    const [first, second] = auths.map((auth) => auth.process.url);
    const rotated = await send(first!, 'POST', '/auth/refresh', { refreshToken: user.refreshToken });
    expect(rotated.status).toBe(200);
    expect(rotated.refreshToken).toBeTruthy();
    expect(rotated.refreshToken).not.toBe(user.refreshToken);
    const again = await send(second!, 'POST', '/auth/refresh', { refreshToken: rotated.refreshToken });
    expect(again.status).toBe(200);
    expect(again.refreshToken).not.toBe(rotated.refreshToken);
    for (const api of apis) {
      const response = await send(api.process.url, 'GET', '/api/symptoms', {
        bearer: again.body.accessToken,
      });
      expect(response.status).toBe(200);
    }
  }, 60_000);

  it('answer every request while one auth and one API instance are stopped and started again', async () => {
    const user = await createVerifiedUser('203.0.113.31');
    const client = createRoundRobinClient(apis.map((api) => api.process.url));
    const session = { accessToken: user.accessToken, refreshToken: user.refreshToken };
    const failures: string[] = [];
    let answered = 0;
    let running = true;

    const record = (label: string, status: number, expected: number) => {
      if (status === expected) answered += 1;
      else failures.push(`${label}: ${status}`);
    };
    const guard = (label: string, work: () => Promise<void>) =>
      work().catch((error: Error) => {
        failures.push(`${label}: ${error.message}`);
      });

    // The session's own traffic: refresh (API → balancer → auth) and /auth/me, one after the other,
    // since a refresh token is single-use.
    const sessionWorker = async () => {
      while (running)
        await guard('session', async () => {
          const refreshed = await client.send('POST', '/auth/refresh', {
            refreshToken: session.refreshToken,
          });
          record('refresh', refreshed.status, 200);
          if (refreshed.status !== 200) return;
          Object.assign(session, {
            accessToken: refreshed.body.accessToken,
            refreshToken: refreshed.refreshToken,
          });
          record('me', (await client.send('GET', '/auth/me', { bearer: session.accessToken })).status, 200);
        });
    };
    // Meanwhile the same person uses the API: write a log, read the list.
    const apiWorker = async () => {
      while (running)
        await guard('api', async () => {
          const body = { symptoms: ['Fatigue'], severity: 4, mood: 6, energy: 5, sleep: 7 };
          record(
            'log',
            (await client.send('POST', '/api/symptoms', { bearer: session.accessToken, body })).status,
            201,
          );
          record(
            'list',
            (await client.send('GET', '/api/symptoms', { bearer: session.accessToken })).status,
            200,
          );
        });
    };
    const waitForAnswers = async (count: number) => {
      const target = answered + count;
      while (answered < target && failures.length === 0)
        await new Promise((resolve) => setTimeout(resolve, 20));
    };

    const workers = [sessionWorker(), apiWorker()];
    await waitForAnswers(20);
    const authExit = await restart(auths[0]!, () => waitForAnswers(20));
    await waitForAnswers(20);
    const apiExit = await restart(apis[0]!, () => waitForAnswers(20));
    await waitForAnswers(20);
    running = false;
    await Promise.all(workers);

    expect(failures).toEqual([]);
    expect(authExit).toBe(0);
    expect(apiExit).toBe(0);
    expect(answered).toBeGreaterThanOrEqual(100);
    // The outages were real: connections were refused and went to the other instance.
    expect(client.rotation.refused + balancer.rotation.refused).toBeGreaterThan(0);
  }, 180_000);
});
