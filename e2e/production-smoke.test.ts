/**
 * What the images run, run here: the esbuild bundles of `npm run build`, started with `node` and
 * NODE_ENV=production against a real PostgreSQL, a real SMTP server and real key files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { findFreePort } from '@hormohelp/db';
import { freshDatabase } from '@hormohelp/db/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailCatcher } from '../apps/mail-catcher/src/mail-catcher';
import type { KeyPaths } from '../scripts/lib/dev-keys';
import { type Bundles, buildServiceBundles } from './support/prod-build';
import { apiEnvironment, authEnvironment, createKeys } from './support/prod-environment';
import { send } from './support/prod-http';
import { startMailRelay } from './support/prod-mail';
import { type BundleProcess, runToExit, startService } from './support/prod-process';

let bundles: Bundles;
let keys: KeyPaths;
let mail: MailCatcher;
let databaseUrl: string;
let auth: BundleProcess & { url: string };
let api: BundleProcess & { url: string };
let authEnv: Record<string, string>;
let apiEnv: Record<string, string>;

beforeAll(async () => {
  bundles = await buildServiceBundles();
  keys = await createKeys(bundles.dir);
  const relay = await startMailRelay(bundles.dir);
  mail = relay.mail;
  databaseUrl = (await freshDatabase()).url;
  authEnv = authEnvironment({
    databaseUrl,
    keys,
    smtpPort: mail.smtpPort,
    smtpCertPath: relay.certPath,
    port: await findFreePort(),
  });
  auth = await startService(bundles.auth, authEnv);
  apiEnv = apiEnvironment({ databaseUrl, keys, authUrl: auth.url, port: await findFreePort() });
  api = await startService(bundles.api, apiEnv);
}, 120_000);

afterAll(async () => {
  await api?.stop();
  await auth?.stop();
  await mail?.stop();
});

describe('the production build', () => {
  it('is one ESM file per service that needs neither tsx nor the workspace', () => {
    for (const bundle of [bundles.auth, bundles.api, bundles.migrate, bundles.reconcile]) {
      expect(existsSync(bundle)).toBe(true);
      expect(readFileSync(bundle, 'utf8')).not.toMatch(/from ['"]@hormohelp\/|from ['"]tsx/);
    }
    // The only package left outside the auth bundle is the native argon2, shipped beside it.
    const manifest = JSON.parse(readFileSync(`${bundles.dir}/auth/package.json`, 'utf8'));
    expect(Object.keys(manifest.dependencies)).toEqual(['argon2']);
    expect(existsSync(`${bundles.dir}/auth/node_modules/argon2/package.json`)).toBe(true);
  });

  it('migrates an empty database with the bundled CLI and the SQL copied beside it, and again is a no-op', async () => {
    const empty = await freshDatabase({ template: false });
    const migrate = { args: ['migrate'] };
    const first = await runToExit(bundles.migrate, { DATABASE_URL: empty.url }, migrate);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/applied 001_initial_schema\.sql/);
    const again = await runToExit(bundles.migrate, { DATABASE_URL: empty.url }, migrate);
    expect(again.stdout).toMatch(/schema is up to date/);
    const client = new pg.Client({ connectionString: empty.url });
    await client.connect();
    const { rows } = await client.query('SELECT count(*)::int AS n FROM products');
    await client.end();
    expect(rows[0].n).toBeGreaterThan(0);
  }, 60_000);

  it('runs one reconciliation pass with the bundled command the CronJob runs', async () => {
    const { PORT: _port, ...env } = apiEnv;
    const result = await runToExit(bundles.reconcile, env, { args: ['--older-than-minutes=5'] });
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ checked: 0, markedPaid: [], toRefund: [], errors: [] });
  });

  it('answers /health on both services, and the container health check script agrees', async () => {
    for (const service of [auth, api]) {
      const response = await send(service.url, 'GET', '/health');
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ status: 'ok' });
    }
    expect((await runToExit(bundles.authHealthcheck, { PORT: authEnv.PORT! })).code).toBe(0);
    const nobody = String(await findFreePort());
    expect((await runToExit(bundles.authHealthcheck, { PORT: nobody })).code).toBe(1);
  });

  it('signs up and verifies through the built API and auth service, and the refresh cookie is Secure', async () => {
    const email = `smoke-${Date.now()}@example.com`;
    const ip = '198.51.100.21';
    const signup = await send(api.url, 'POST', '/auth/signup', {
      body: { email, password: 'lilac-Orbit-7-kettle', name: 'Asha Rao' },
      ip,
    });
    expect(signup.status).toBe(201);
    const message = await mail.waitFor(
      (m) => m.to.includes(email) && m.links.some((l) => l.includes('/verify-email')),
    );
    // Over STARTTLS, which production requires of a relay on a plain SMTP port.
    expect(message.encrypted).toBe(true);
    const link = new URL(message.links.find((l) => l.includes('/verify-email'))!);
    expect(link.origin).toBe(authEnv.FRONTEND_ORIGIN);

    const verified = await send(api.url, 'POST', '/auth/verify-email', {
      body: { token: link.searchParams.get('token') },
      ip,
    });
    expect(verified.status).toBe(200);
    const attributes = verified.refreshSetCookie!.split(';').map((part) => part.trim().toLowerCase());
    expect(attributes).toEqual(
      expect.arrayContaining(['secure', 'httponly', 'samesite=strict', 'path=/auth']),
    );

    // The API verifies the built auth service's token with the public key file alone.
    const symptoms = await send(api.url, 'GET', '/api/symptoms', { bearer: verified.body.accessToken });
    expect(symptoms.status).toBe(200);
    const refreshed = await send(api.url, 'POST', '/auth/refresh', {
      refreshToken: verified.refreshToken,
      ip,
    });
    expect(refreshed.status).toBe(200);
    expect(refreshed.refreshSetCookie).toMatch(/;\s*Secure/i);
  }, 60_000);
});

describe('a production service with a required setting missing', () => {
  it.each([
    ['auth', 'JWT_PRIVATE_KEY_PATH'],
    ['auth', 'JWT_PUBLIC_KEY_PATH'],
    ['auth', 'SMTP_HOST'],
    ['api', 'RAZORPAY_KEY_SECRET'],
    ['api', 'DATABASE_URL'],
  ] as const)('%s without %s stops at start with one line naming it', async (service, variable) => {
    const { [variable]: _removed, ...env } = service === 'auth' ? authEnv : apiEnv;
    const result = await runToExit(service === 'auth' ? bundles.auth : bundles.api, env);
    expect(result.code).not.toBe(0);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(variable);
  });

  it.each([
    ['auth', 'JWT_PRIVATE_KEY_PATH'],
    ['api', 'AUTH_PUBLIC_KEY_PATH'],
  ] as const)('%s with %s naming no file stops at start and says which file', async (service, variable) => {
    const missing = `${bundles.dir}/keys/no-such-key.pem`;
    const env = { ...(service === 'auth' ? authEnv : apiEnv), [variable]: missing };
    const result = await runToExit(service === 'auth' ? bundles.auth : bundles.api, env);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(missing);
  });
});

describe('a production service on SIGTERM', () => {
  it('drains and exits 0, the API first and then the auth service', async () => {
    expect(await api.stop()).toBe(0);
    expect(await auth.stop()).toBe(0);
  });
});
