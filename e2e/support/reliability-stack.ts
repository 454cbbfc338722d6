/**
 * The auth service and the API wired as in production (the API proxies /auth/* to the auth service
 * and verifies its tokens with the public key), on a database the test chooses, with dev RSA keys, the
 * mail catcher as SMTP and the Razorpay sandbox. The API runs in-process; the auth service too, or as
 * a child process (`authProcess`) that a test may kill and start again on the same port.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HEALTH_DATA_POLICY_VERSION } from '@hormohelp/contracts';
import { createPool, findFreePort, type Pool } from '@hormohelp/db';
import { freshDatabase } from '@hormohelp/db/testing';
import { createRazorpaySandbox } from '@hormohelp/razorpay-sandbox';
import { start as startApi } from '../../apps/api/src/app';
import { loadApiConfig } from '../../apps/api/src/config';
import { start as startAuth } from '../../apps/auth/src/app';
import { loadAuthConfig } from '../../apps/auth/src/config';
import { createMailCatcher, type MailCatcher } from '../../apps/mail-catcher/src/mail-catcher';
import { ensureDevKeys, type KeyPaths } from '../../scripts/lib/dev-keys';
import { killProcess, type ServiceProcess, startServiceProcess } from './reliability-child';
import { loadTokenSigner, type TokenSigner } from './reliability-tokens';

export const FRONTEND_ORIGIN = 'http://app.hormohelp.test';
export const RAZORPAY = { keyId: 'rzp_test_reliability', keySecret: 'reliability_key_secret' };

export interface StackUser {
  id: string;
  email: string;
  token: string;
}

export interface Stack {
  apiUrl: string;
  authUrl: string;
  databaseUrl: string;
  db: Pool;
  mail: MailCatcher;
  keys: KeyPaths;
  signToken: TokenSigner;
  /** A user row (no usable password, consent to health data given) with a valid 15-minute token. */
  createUser(options?: { emailVerified?: boolean }): Promise<StackUser>;
  /** The auth child process, when started with `authProcess`. */
  authProcess?: { current(): ServiceProcess; restart(): Promise<void> };
  stop(): Promise<void>;
}

export async function startStack(
  setup: {
    databaseUrl?: string;
    authProcess?: boolean;
    authEnv?: Record<string, string>;
    apiEnv?: Record<string, string>;
  } = {},
): Promise<Stack> {
  const databaseUrl = setup.databaseUrl ?? (await freshDatabase()).url;
  const keyDir = await mkdtemp(join(tmpdir(), 'hormohelp-reliability-keys-'));
  const keys = await ensureDevKeys(keyDir);
  const mail = await createMailCatcher({ smtpPort: 0, httpPort: 0 });
  const sandbox = await createRazorpaySandbox({
    ...RAZORPAY,
    webhookSecret: 'reliability_webhook_secret',
    webhooksEnabled: false,
  });
  const authEnv = {
    DATABASE_URL: databaseUrl,
    JWT_PRIVATE_KEY_PATH: keys.privateKeyPath,
    JWT_PUBLIC_KEY_PATH: keys.publicKeyPath,
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(mail.smtpPort),
    SMTP_FROM: 'HormoHelp <no-reply@hormohelp.test>',
    FRONTEND_ORIGIN,
    LOG_LEVEL: 'silent',
    ...setup.authEnv,
  };
  let authChild: ServiceProcess | undefined;
  let authInProcess: Awaited<ReturnType<typeof startAuth>> | undefined;
  let authUrl: string;
  if (setup.authProcess) {
    authChild = await startServiceProcess('auth', { ...authEnv, PORT: String(await findFreePort()) });
    authUrl = authChild.url;
  } else {
    authInProcess = await startAuth(loadAuthConfig({ ...authEnv, PORT: '0' }), {
      mailRetry: { attempts: 3, baseDelayMs: 100 },
    });
    authUrl = authInProcess.url;
  }
  const api = await startApi(
    loadApiConfig({
      DATABASE_URL: databaseUrl,
      AUTH_SERVICE_URL: authUrl,
      AUTH_PUBLIC_KEY_PATH: keys.publicKeyPath,
      FRONTEND_ORIGIN,
      RAZORPAY_KEY_ID: RAZORPAY.keyId,
      RAZORPAY_KEY_SECRET: RAZORPAY.keySecret,
      RAZORPAY_WEBHOOK_SECRET: 'reliability_webhook_secret',
      RAZORPAY_API_URL: sandbox.url,
      PORT: '0',
      LOG_LEVEL: 'silent',
      ...setup.apiEnv,
    }),
  );
  const db = createPool(databaseUrl, { max: 4 });
  const signToken = await loadTokenSigner(keys);
  const authPort = new URL(authUrl).port;

  return {
    apiUrl: api.url,
    authUrl,
    databaseUrl,
    db,
    mail,
    keys,
    signToken,
    async createUser({ emailVerified = true } = {}) {
      const email = `reliability-${randomUUID()}@example.com`;
      const { rows } = await db.query<{ id: string }>(
        `INSERT INTO users (email, password_hash, name, email_verified, health_data_consent_at,
           health_data_consent_version)
         VALUES ($1, 'no-password', 'Reliability Person', $2, now(), $3) RETURNING id`,
        [email, emailVerified, HEALTH_DATA_POLICY_VERSION],
      );
      const id = rows[0]!.id;
      return { id, email, token: await signToken({ sub: id, email, emailVerified }) };
    },
    authProcess: setup.authProcess
      ? {
          current: () => authChild!,
          async restart() {
            await killProcess(authChild);
            authChild = await startServiceProcess('auth', { ...authEnv, PORT: authPort });
          },
        }
      : undefined,
    async stop() {
      await api.stop().catch(() => {});
      await authInProcess?.stop(500).catch(() => {});
      await killProcess(authChild);
      await Promise.all([mail.stop(), sandbox.stop()]).catch(() => {});
      await db.end().catch(() => {});
      await rm(keyDir, { recursive: true, force: true });
    },
  };
}
