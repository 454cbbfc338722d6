import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuthHarness, type HttpResult, randomIp, startAuthHarness } from './support/auth-harness';
import { PASSWORD, uniqueEmail } from './support/flows';

let h: AuthHarness;
beforeAll(async () => {
  h = await startAuthHarness();
});
afterAll(() => h.stop());

// The limit runs before validation, so an invalid body counts too and costs no password hash.
const badLogin = (target: AuthHarness, ip: string) =>
  target.request('POST', '/auth/login', { ip, body: { email: 'not-an-email', password: PASSWORD } });

function expectLimited(response: HttpResult, windowSeconds: number) {
  expect(response.status).toBe(429);
  expect(response.body.error.code).toBe('rate_limited');
  const retryAfter = Number(response.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThan(windowSeconds - 60);
  expect(retryAfter).toBeLessThanOrEqual(windowSeconds);
}

describe('rate limits', () => {
  it('login: 10 per 15 minutes per client IP, then 429 with Retry-After; other clients are unaffected', async () => {
    const ip = randomIp();
    for (let i = 0; i < 10; i += 1) expect((await badLogin(h, ip)).status).toBe(400);
    expectLimited(await badLogin(h, ip), 900);
    expect((await badLogin(h, randomIp())).status).toBe(400);
  });

  it('login: an IPv6 client counts by its /64, so new interface ids buy no more attempts', async () => {
    const prefix = `2001:db8:${randomInt(0xffff).toString(16)}:${randomInt(0xffff).toString(16)}`;
    for (let i = 1; i <= 10; i += 1)
      expect((await badLogin(h, `${prefix}::${i.toString(16)}`)).status).toBe(400);
    expectLimited(await badLogin(h, `${prefix}:ffff:ffff:ffff:ffff`), 900);
    expectLimited(await badLogin(h, `${prefix}:0:0:0:0`), 900);
    expect((await badLogin(h, `2001:db8:1::${randomInt(0xffff).toString(16)}`)).status).toBe(400);
  });

  it('login: an IPv4-mapped IPv6 address counts as that IPv4 address', async () => {
    const ip = randomIp();
    for (let i = 0; i < 5; i += 1) expect((await badLogin(h, `::ffff:${ip}`)).status).toBe(400);
    for (let i = 0; i < 5; i += 1) expect((await badLogin(h, ip)).status).toBe(400);
    expectLimited(await badLogin(h, ip), 900);
    expectLimited(await badLogin(h, `::FFFF:${ip}`), 900);
  });

  it('signup: 10 per 15 minutes per client IP, counted apart from login', async () => {
    const ip = randomIp();
    for (let i = 0; i < 10; i += 1) {
      expect((await h.request('POST', '/auth/signup', { ip, body: { email: 'nope' } })).status).toBe(400);
    }
    expectLimited(await h.request('POST', '/auth/signup', { ip, body: { email: 'nope' } }), 900);
    expect((await badLogin(h, ip)).status).toBe(400);
  });

  it('resend-verification: 3 per hour per email, whatever the client IP', async () => {
    const email = uniqueEmail();
    for (let i = 0; i < 3; i += 1) {
      expect((await h.request('POST', '/auth/resend-verification', { body: { email } })).status).toBe(202);
    }
    const limited = await h.request('POST', '/auth/resend-verification', {
      body: { email: ` ${email.toUpperCase()}` },
    });
    expectLimited(limited, 3600);
    expect(
      (await h.request('POST', '/auth/resend-verification', { body: { email: uniqueEmail() } })).status,
    ).toBe(202);
  });

  it('the key is SHA-256 of the email: no address is kept by the limiter', async () => {
    const shared = await startAuthHarness({ env: { RATE_LIMIT_STORE: 'postgres' }, shareWith: h });
    try {
      const email = uniqueEmail('private');
      await shared.request('POST', '/auth/resend-verification', { body: { email } });
      const { rows } = await h.db.query('SELECT key FROM rate_limit_hits');
      expect(rows.some((row) => row.key.includes('private'))).toBe(false);
      expect(rows.some((row) => /^resend-verification:[0-9a-f]{64}$/.test(row.key))).toBe(true);
    } finally {
      await shared.stop();
    }
  });

  it('with TRUST_PROXY=false a client cannot pick its IP through X-Forwarded-For', async () => {
    const direct = await startAuthHarness({ env: { TRUST_PROXY: 'false' }, shareWith: h });
    try {
      for (let i = 0; i < 10; i += 1) expect((await badLogin(direct, randomIp())).status).toBe(400);
      expect((await badLogin(direct, randomIp())).status).toBe(429);
    } finally {
      await direct.stop();
    }
  });

  it('two instances with RATE_LIMIT_STORE=postgres share one budget', async () => {
    const first = await startAuthHarness({ env: { RATE_LIMIT_STORE: 'postgres' }, shareWith: h });
    const second = await startAuthHarness({ env: { RATE_LIMIT_STORE: 'postgres' }, shareWith: h });
    try {
      const ip = randomIp();
      const statuses = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          badLogin(i % 2 === 0 ? first : second, ip).then((r) => r.status),
        ),
      );
      expect(statuses.filter((status) => status === 400)).toHaveLength(10);
      expect(statuses.filter((status) => status === 429)).toHaveLength(2);
      expectLimited(await badLogin(second, ip), 900);
      expectLimited(await badLogin(first, ip), 900);
    } finally {
      await Promise.all([first.stop(), second.stop()]);
    }
  });
});
