import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORGOT_MESSAGE } from '../src/routes/forgot-password-route';
import { type AuthHarness, startAuthHarness } from './support/auth-harness';
import { createVerifiedUser, logIn, PASSWORD, signUp, tokenFromMail, uniqueEmail } from './support/flows';

let h: AuthHarness;
beforeAll(async () => {
  h = await startAuthHarness();
});
afterAll(() => h.stop());

const NEW_PASSWORD = 'saffron-Harbour-42-quill';

async function requestReset(email: string): Promise<string> {
  h.mail.clear();
  const response = await h.request('POST', '/auth/forgot-password', { body: { email } });
  expect(response.status).toBe(202);
  expect(response.body).toEqual({ message: FORGOT_MESSAGE });
  return tokenFromMail(h, email, '/reset-password');
}

describe('forgot-password and reset-password', () => {
  it('a reset link changes the password, revokes every session, and works once only', async () => {
    const { email, refreshToken } = await createVerifiedUser(h);
    const secondDevice = (await logIn(h, email)).refreshCookie!;
    const token = await requestReset(email);
    const mail = h.mail.messages()[0]!;
    expect(mail.subject).toBe('Reset your HormoHelp password');
    expect(mail.links[0]).toMatch(/^http:\/\/app\.hormohelp\.test\/reset-password\?token=[0-9a-f]{64}$/);

    const reset = await h.request('POST', '/auth/reset-password', {
      body: { token, password: NEW_PASSWORD },
    });
    expect(reset.status).toBe(200);
    expect(reset.body).toEqual({ message: expect.any(String) });

    for (const session of [refreshToken, secondDevice]) {
      expect((await h.request('POST', '/auth/refresh', { refreshToken: session })).status).toBe(401);
    }
    expect((await logIn(h, email)).status).toBe(401);
    expect((await logIn(h, email, NEW_PASSWORD)).status).toBe(200);

    const again = await h.request('POST', '/auth/reset-password', {
      body: { token, password: 'yet-Another-77-pass' },
    });
    expect(again.status).toBe(400);
    expect(again.body.error.code).toBe('invalid_token');
    expect((await logIn(h, email, NEW_PASSWORD)).status).toBe(200);
  });

  it('when a reset completes for an unverified account, the email is verified: login and /auth/me say so', async () => {
    const email = uniqueEmail('unverified');
    await signUp(h, email);
    const verificationToken = await tokenFromMail(h, email, '/verify-email');
    expect((await logIn(h, email)).body.user.emailVerified).toBe(false);

    const token = await requestReset(email);
    const reset = await h.request('POST', '/auth/reset-password', {
      body: { token, password: NEW_PASSWORD },
    });
    expect(reset.status).toBe(200);

    const login = await logIn(h, email, NEW_PASSWORD);
    expect(login.status).toBe(200);
    expect(login.body.user.emailVerified).toBe(true);
    const me = await h.request('GET', '/auth/me', { bearer: login.body.accessToken });
    expect(me.body.user.emailVerified).toBe(true);
    // The verification link has nothing left to do.
    const verify = await h.request('POST', '/auth/verify-email', { body: { token: verificationToken } });
    expect(verify.status).toBe(400);
  });

  it('using one reset link uses up every other outstanding link of that user', async () => {
    const { email } = await createVerifiedUser(h);
    const older = await requestReset(email);
    const newer = await requestReset(email);
    expect(
      (await h.request('POST', '/auth/reset-password', { body: { token: newer, password: NEW_PASSWORD } }))
        .status,
    ).toBe(200);
    const stale = await h.request('POST', '/auth/reset-password', {
      body: { token: older, password: PASSWORD },
    });
    expect(stale.status).toBe(400);
  });

  it('an expired reset link is refused and the password stays', async () => {
    const { email } = await createVerifiedUser(h);
    const token = await requestReset(email);
    await h.db.query("UPDATE password_reset_tokens SET expires_at = now() - interval '1 second'");
    const response = await h.request('POST', '/auth/reset-password', {
      body: { token, password: NEW_PASSWORD },
    });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('invalid_token');
    expect((await logIn(h, email)).status).toBe(200);
  });

  it('stores reset tokens only as SHA-256 with a one-hour life', async () => {
    const { email } = await createVerifiedUser(h);
    const token = await requestReset(email);
    const { rows } = await h.db.query(
      `SELECT token_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex') AS hashed, expires_at - t.created_at AS ttl
       FROM password_reset_tokens t JOIN users u ON u.id = t.user_id WHERE u.email = $2`,
      [token, email],
    );
    expect(rows).toEqual([{ hashed: true, ttl: { hours: 1 } }]);
  });

  it('an unknown email gets the same answer and no mail', async () => {
    h.mail.clear();
    const response = await h.request('POST', '/auth/forgot-password', {
      body: { email: uniqueEmail('ghost') },
    });
    expect(response.status).toBe(202);
    expect(response.body).toEqual({ message: FORGOT_MESSAGE });
    await h.service.deps.mailRequests.drain();
    await h.service.deps.mail.drain();
    expect(h.mail.messages()).toEqual([]);
  });

  it('a common new password is refused before the token is spent', async () => {
    const { email } = await createVerifiedUser(h);
    const token = await requestReset(email);
    const weak = await h.request('POST', '/auth/reset-password', { body: { token, password: 'password1' } });
    expect(weak.status).toBe(400);
    expect(weak.body.error.details.fields).toHaveProperty('password');
    expect(
      (await h.request('POST', '/auth/reset-password', { body: { token, password: NEW_PASSWORD } })).status,
    ).toBe(200);
  });
});
