import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGNUP_MESSAGE } from '../src/routes/signup-route';
import { type AuthHarness, startAuthHarness } from './support/auth-harness';
import { createVerifiedUser, PASSWORD, signUp, tokenFromMail, uniqueEmail } from './support/flows';

let h: AuthHarness;
beforeAll(async () => {
  h = await startAuthHarness();
});
afterAll(() => h.stop());

describe('signup, the verification mail, and verify-email', () => {
  it('signup → mail → verify gives a verified session whose token and /auth/me agree', async () => {
    const email = uniqueEmail('Asha');
    const signup = await h.request('POST', '/auth/signup', {
      body: { email: `  ${email.toUpperCase()} `, password: PASSWORD, name: 'Asha Rao' },
    });
    expect(signup.status).toBe(201);
    expect(signup.body).toEqual({ message: SIGNUP_MESSAGE });
    expect(signup.refreshCookie).toBeUndefined();

    const mail = await h.mail.waitFor((m) => m.to.includes(email.toLowerCase()));
    expect(mail.subject).toBe('Verify your email for HormoHelp');
    expect(mail.html).toContain('http://app.hormohelp.test/verify-email?token=');
    const token = await tokenFromMail(h, email.toLowerCase(), '/verify-email');
    expect(token).toMatch(/^[0-9a-f]{64}$/);

    const { rows } = await h.db.query(
      'SELECT verification_token_hash, email_verified FROM users WHERE email = $1',
      [email.toLowerCase()],
    );
    expect(rows[0].email_verified).toBe(false);
    expect(rows[0].verification_token_hash).not.toContain(token);

    const verified = await h.request('POST', '/auth/verify-email', { body: { token } });
    expect(verified.status).toBe(200);
    expect(verified.body.user).toMatchObject({
      email: email.toLowerCase(),
      name: 'Asha Rao',
      emailVerified: true,
      timeZone: 'UTC',
    });
    expect(verified.refreshCookie).toMatch(/^[0-9a-f]{64}$/);

    const me = await h.request('GET', '/auth/me', { bearer: verified.body.accessToken });
    expect(me.status).toBe(200);
    expect(me.body.user).toEqual(verified.body.user);
  });

  it('a verification token works once only', async () => {
    const email = uniqueEmail();
    await signUp(h, email);
    const token = await tokenFromMail(h, email, '/verify-email');
    expect((await h.request('POST', '/auth/verify-email', { body: { token } })).status).toBe(200);
    const again = await h.request('POST', '/auth/verify-email', { body: { token } });
    expect(again.status).toBe(400);
    expect(again.body.error.code).toBe('invalid_token');
  });

  it('an expired verification token is refused and the account stays unverified', async () => {
    const email = uniqueEmail();
    await signUp(h, email);
    const token = await tokenFromMail(h, email, '/verify-email');
    await h.db.query(
      "UPDATE users SET verification_token_expires_at = now() - interval '1 second' WHERE email = $1",
      [email],
    );
    const response = await h.request('POST', '/auth/verify-email', { body: { token } });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('invalid_token');
    const { rows } = await h.db.query('SELECT email_verified FROM users WHERE email = $1', [email]);
    expect(rows[0].email_verified).toBe(false);
  });

  it('a made-up verification token is invalid_token', async () => {
    const response = await h.request('POST', '/auth/verify-email', { body: { token: 'f'.repeat(64) } });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('invalid_token');
  });

  it('signing up with a registered email answers the same and mails the owner a notice, not a link', async () => {
    const { email } = await createVerifiedUser(h);
    h.mail.clear();
    const response = await h.request('POST', '/auth/signup', {
      body: { email, password: 'another-Secret-99', name: 'Intruder <b>x</b>' },
    });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({ message: SIGNUP_MESSAGE });
    const notice = await h.mail.waitFor((m) => m.to.includes(email));
    expect(notice.subject).toBe('Someone tried to sign up with your address');
    expect(notice.text).toContain('Hi “Asha Rao”,');
    expect(notice.links.some((link) => link.includes('token='))).toBe(false);
    const { rows } = await h.db.query('SELECT count(*) AS n, min(name) AS name FROM users WHERE email = $1', [
      email,
    ]);
    expect(rows[0]).toEqual({ n: 1, name: 'Asha Rao' });
  });

  it("escapes the user's name in the HTML mail", async () => {
    const email = uniqueEmail();
    await signUp(h, email, '<img src=x onerror=alert(1)> & Co');
    const mail = await h.mail.waitFor((m) => m.to.includes(email));
    expect(mail.html).toContain('Hi “&lt;img src=x onerror=alert(1)&gt; &amp; Co”,');
    expect(mail.html).not.toContain('<img src=x');
    expect(mail.text).toContain('Hi “<img src=x onerror=alert(1)> & Co”,');
  });

  it('resend-verification mails a new link and the old one stops working', async () => {
    const email = uniqueEmail();
    await signUp(h, email);
    const first = await tokenFromMail(h, email, '/verify-email');
    h.mail.clear();
    const resend = await h.request('POST', '/auth/resend-verification', { body: { email } });
    expect(resend.status).toBe(202);
    const second = await tokenFromMail(h, email, '/verify-email');
    expect(second).not.toBe(first);
    expect((await h.request('POST', '/auth/verify-email', { body: { token: first } })).status).toBe(400);
    expect((await h.request('POST', '/auth/verify-email', { body: { token: second } })).status).toBe(200);
  });

  it('resend-verification answers the same for an unknown and a verified email, and mails neither', async () => {
    const { email: verified } = await createVerifiedUser(h);
    const unknown = uniqueEmail('nobody');
    h.mail.clear();
    const a = await h.request('POST', '/auth/resend-verification', { body: { email: unknown } });
    const b = await h.request('POST', '/auth/resend-verification', { body: { email: verified } });
    expect([a.status, b.status]).toEqual([202, 202]);
    expect(a.body).toEqual(b.body);
    await h.service.deps.mailRequests.drain();
    await h.service.deps.mail.drain();
    expect(h.mail.messages()).toEqual([]);
  });

  it('refuses a common password and lengths outside 8–128 with validation_error on the password field', async () => {
    for (const password of ['baseball', 'Qwertyuiop', 'iloveyou1', 'short1!', 'x'.repeat(129)]) {
      const response = await h.request('POST', '/auth/signup', {
        body: { email: uniqueEmail(), password, name: 'Asha' },
      });
      expect(response.status, password).toBe(400);
      expect(response.body.error.code).toBe('validation_error');
      expect(Object.keys(response.body.error.details.fields)).toEqual(['password']);
    }
  });

  it('keeps the time zone the browser sent at signup, and refuses one that is not a zone', async () => {
    const email = uniqueEmail('zone').toLowerCase();
    const signup = await h.request('POST', '/auth/signup', {
      body: { email, password: PASSWORD, name: 'Lena', timeZone: 'America/Los_Angeles' },
    });
    expect(signup.status).toBe(201);
    const verified = await h.request('POST', '/auth/verify-email', {
      body: { token: await tokenFromMail(h, email, '/verify-email') },
    });
    expect(verified.body.user.timeZone).toBe('America/Los_Angeles');

    const refused = await h.request('POST', '/auth/signup', {
      body: { email: uniqueEmail(), password: PASSWORD, name: 'Lena', timeZone: 'Mars/Olympus_Mons' },
    });
    expect(refused.status).toBe(400);
    expect(Object.keys(refused.body.error.details.fields)).toEqual(['timeZone']);
  });
});
