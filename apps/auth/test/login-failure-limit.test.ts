import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuthHarness, type HttpResult, startAuthHarness } from './support/auth-harness';
import { createVerifiedUser, logIn, PASSWORD, uniqueEmail } from './support/flows';

// The PostgreSQL store, so that a test can move the failures back in time instead of waiting 15 min.
let h: AuthHarness;
beforeAll(async () => {
  h = await startAuthHarness({ env: { RATE_LIMIT_STORE: 'postgres' } });
});
afterAll(() => h.stop());

const WINDOW_SECONDS = 15 * 60;

/** Every call comes from a new random client address (the harness's default), as from a botnet. */
async function failLogins(email: string, times: number): Promise<void> {
  for (let i = 0; i < times; i += 1) {
    expect((await logIn(h, email, `wrong-${i}-${PASSWORD}`)).status).toBe(401);
  }
}

function expectLimited(response: HttpResult) {
  expect(response.status).toBe(429);
  expect(response.body.error.code).toBe('rate_limited');
  const retryAfter = Number(response.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThan(WINDOW_SECONDS - 60);
  expect(retryAfter).toBeLessThanOrEqual(WINDOW_SECONDS);
}

describe('failed logins per account', () => {
  it('when 10 logins for one email failed from as many addresses, the next answers 429 even with the right password', async () => {
    const { email } = await createVerifiedUser(h);
    await failLogins(email, 10);
    expectLimited(await logIn(h, email));
    expectLimited(await logIn(h, ` ${email.toUpperCase()}`, 'wrong'));
    // Another account is untouched.
    const other = await createVerifiedUser(h);
    expect((await logIn(h, other.email)).status).toBe(200);
  });

  it('when the email has no account, the 11th attempt is refused the same way', async () => {
    const email = uniqueEmail('nobody');
    await failLogins(email, 10);
    expectLimited(await logIn(h, email));
  });

  it('when the window has passed since the failures, the person can log in again', async () => {
    const { email } = await createVerifiedUser(h);
    await failLogins(email, 10);
    expectLimited(await logIn(h, email));
    await h.db.query(
      `UPDATE rate_limit_hits SET hit_at = hit_at - interval '15 minutes', expires_at = expires_at - interval '15 minutes'
        WHERE key LIKE 'login-failures:%'`,
    );
    expect((await logIn(h, email)).status).toBe(200);
  });

  it('a successful login does not count as a failure', async () => {
    const { email } = await createVerifiedUser(h);
    await failLogins(email, 9);
    expect((await logIn(h, email)).status).toBe(200);
    await failLogins(email, 1);
    expectLimited(await logIn(h, email));
  });

  it('the budget is keyed by SHA-256 of the email: the store keeps no address', async () => {
    const email = uniqueEmail('secretive');
    await failLogins(email, 1);
    const { rows } = await h.db.query("SELECT key FROM rate_limit_hits WHERE key LIKE 'login-failures:%'");
    expect(rows.some((row) => row.key.includes('secretive'))).toBe(false);
    expect(rows.some((row) => /^login-failures:[0-9a-f]{64}$/.test(row.key))).toBe(true);
  });
});
