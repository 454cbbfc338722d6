import { findFreePort } from '@hormohelp/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailCatcher } from '../../mail-catcher/src/mail-catcher';
import { start } from '../src/app';
import { loadAuthConfig } from '../src/config';
import { type AuthHarness, startAuthHarness } from './support/auth-harness';
import { PASSWORD, uniqueEmail } from './support/flows';

let h: AuthHarness;
beforeAll(async () => {
  h = await startAuthHarness();
});
afterAll(() => h.stop());

describe('bodies', () => {
  it('a body over 16 KB is 413 payload_too_large', async () => {
    const response = await h.request('POST', '/auth/login', {
      body: { email: uniqueEmail(), password: 'x'.repeat(17 * 1024) },
    });
    expect(response.status).toBe(413);
    expect(response.body.error.code).toBe('payload_too_large');
  });

  it('malformed JSON is 400 invalid_json, without a stack trace', async () => {
    const response = await h.request('POST', '/auth/login', { body: '{"email": "a@b.c",' });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: { code: 'invalid_json', message: expect.any(String) } });
  });

  it('a body that is not JSON is 415 unsupported_media_type', async () => {
    const response = await h.request('POST', '/auth/signup', {
      body: 'email=a@b.c&password=x',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(response.status).toBe(415);
    expect(response.body.error.code).toBe('unsupported_media_type');
  });

  it('mistyped or missing fields are 400 validation_error naming each field', async () => {
    const signup = await h.request('POST', '/auth/signup', {
      body: { email: 42, password: ['x'], name: '' },
    });
    expect(signup.status).toBe(400);
    expect(signup.body.error.code).toBe('validation_error');
    expect(Object.keys(signup.body.error.details.fields).sort()).toEqual(['email', 'name', 'password']);

    const cases: Array<[string, unknown, string]> = [
      ['/auth/login', { email: 'not-an-email', password: PASSWORD }, 'email'],
      ['/auth/login', { email: uniqueEmail() }, 'password'],
      ['/auth/verify-email', { token: 123 }, 'token'],
      ['/auth/resend-verification', {}, 'email'],
      ['/auth/forgot-password', { email: null }, 'email'],
      ['/auth/reset-password', { token: 'abc', password: 7 }, 'password'],
      ['/auth/login', [], '_'],
    ];
    for (const [path, body, field] of cases) {
      const response = await h.request('POST', path, { body });
      expect(response.status, path).toBe(400);
      expect(response.body.error.code).toBe('validation_error');
      expect(response.body.error.details.fields).toHaveProperty(field);
    }
  });

  it('an unknown route is 404 not_found in the contract body', async () => {
    const response = await h.request('GET', '/auth/nothing-here');
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('not_found');
  });
});

describe('health and an unreachable database', () => {
  it('GET /health is 200 {status: ok} while the database answers', async () => {
    const response = await h.request('GET', '/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('with the database down: /health 503 and requests 503 upstream_unavailable, quickly', async () => {
    const deadPort = await findFreePort();
    const service = await start(
      loadAuthConfig({
        DATABASE_URL: `postgres://nobody:secret@127.0.0.1:${deadPort}/none`,
        JWT_PRIVATE_KEY_PATH: h.keys.privateKeyPath,
        JWT_PUBLIC_KEY_PATH: h.keys.publicKeyPath,
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: String(h.mail.smtpPort),
        SMTP_FROM: 'no-reply@hormohelp.test',
        PORT: '0',
        LOG_LEVEL: 'silent',
      }),
    );
    try {
      const started = Date.now();
      const health = await fetch(`${service.url}/health`);
      expect(health.status).toBe(503);
      const login = await fetch(`${service.url}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: uniqueEmail(), password: PASSWORD }),
      });
      expect(login.status).toBe(503);
      const body = (await login.json()) as { error: { code: string } };
      expect(body.error.code).toBe('upstream_unavailable');
      expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|stack/);
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      await service.stop(500);
    }
  });
});

describe('mail delivery', () => {
  it('signup answers at once while SMTP is down, and the mail arrives once SMTP is back (retries)', async () => {
    const smtpPort = await findFreePort();
    const late = await startAuthHarness({
      env: { SMTP_PORT: String(smtpPort) },
      options: { mailRetry: { attempts: 5, baseDelayMs: 200 } },
      shareWith: h,
    });
    try {
      const email = uniqueEmail('late');
      const started = Date.now();
      const response = await late.request('POST', '/auth/signup', {
        body: { email, password: PASSWORD, name: 'Late' },
      });
      expect(response.status).toBe(201);
      expect(Date.now() - started).toBeLessThan(2000);

      await new Promise((resolve) => setTimeout(resolve, 300));
      const catcher = await createMailCatcher({ smtpPort, httpPort: 0 });
      try {
        const mail = await catcher.waitFor((m) => m.to.includes(email), 10_000);
        expect(mail.subject).toBe('Verify your email for HormoHelp');
      } finally {
        await catcher.stop();
      }
    } finally {
      await late.stop();
    }
  });

  it('when SMTP never answers, delivery is given up after its attempts and the service carries on', async () => {
    const deadPort = await findFreePort();
    const unreachable = await startAuthHarness({
      env: { SMTP_PORT: String(deadPort) },
      options: { mailRetry: { attempts: 3, baseDelayMs: 20 } },
      shareWith: h,
    });
    try {
      const response = await unreachable.request('POST', '/auth/signup', {
        body: { email: uniqueEmail('lost'), password: PASSWORD, name: 'Lost' },
      });
      expect(response.status).toBe(201);
      await unreachable.service.deps.mail.drain();
      expect((await unreachable.request('GET', '/health')).status).toBe(200);
    } finally {
      await unreachable.stop();
    }
  });
});
