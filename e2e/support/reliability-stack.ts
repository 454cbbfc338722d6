/**
 * The auth service and the API in-process, wired as in production (the API proxies /auth/* to the
 * auth service and verifies its tokens with the public key), on a database the test chooses, with dev
 * RSA keys and the mail catcher as SMTP. Tokens can be minted with the real private key, with any
 * header or claim changed, to build the hostile ones.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TOKEN_AUDIENCE, TOKEN_ISSUER } from '@hormohelp/contracts';
import { createPool, type Pool } from '@hormohelp/db';
import { freshDatabase } from '@hormohelp/db/testing';
import {
  calculateJwkThumbprint,
  exportJWK,
  importPKCS8,
  importSPKI,
  type JWTHeaderParameters,
  SignJWT,
} from 'jose';
import { start as startApi } from '../../apps/api/src/app';
import { loadApiConfig } from '../../apps/api/src/config';
import { start as startAuth } from '../../apps/auth/src/app';
import { loadAuthConfig } from '../../apps/auth/src/config';
import { createMailCatcher, type MailCatcher } from '../../apps/mail-catcher/src/mail-catcher';
import { ensureDevKeys, type KeyPaths } from '../../scripts/lib/dev-keys';

export const FRONTEND_ORIGIN = 'http://app.hormohelp.test';

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
  /** Signs with the auth service's private key and kid; header and claims may be overridden. */
  signToken(claims: Record<string, unknown>, header?: Partial<JWTHeaderParameters>): Promise<string>;
  /** A user row (no password) with a valid 15-minute access token. */
  createUser(options?: { emailVerified?: boolean }): Promise<StackUser>;
  stop(): Promise<void>;
}

export async function startStack(
  setup: { databaseUrl?: string; authEnv?: Record<string, string>; apiEnv?: Record<string, string> } = {},
): Promise<Stack> {
  const databaseUrl = setup.databaseUrl ?? (await freshDatabase()).url;
  const keyDir = await mkdtemp(join(tmpdir(), 'hormohelp-reliability-keys-'));
  const keys = await ensureDevKeys(keyDir);
  const mail = await createMailCatcher({ smtpPort: 0, httpPort: 0 });
  const auth = await startAuth(
    loadAuthConfig({
      DATABASE_URL: databaseUrl,
      JWT_PRIVATE_KEY_PATH: keys.privateKeyPath,
      JWT_PUBLIC_KEY_PATH: keys.publicKeyPath,
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(mail.smtpPort),
      SMTP_FROM: 'HormoHelp <no-reply@hormohelp.test>',
      FRONTEND_ORIGIN,
      PORT: '0',
      LOG_LEVEL: 'silent',
      ...setup.authEnv,
    }),
    { mailRetry: { attempts: 3, baseDelayMs: 100 } },
  );
  const api = await startApi(
    loadApiConfig({
      DATABASE_URL: databaseUrl,
      AUTH_SERVICE_URL: auth.url,
      AUTH_PUBLIC_KEY_PATH: keys.publicKeyPath,
      FRONTEND_ORIGIN,
      RAZORPAY_KEY_ID: 'rzp_test_reliability',
      RAZORPAY_KEY_SECRET: 'reliability_key_secret',
      RAZORPAY_WEBHOOK_SECRET: 'reliability_webhook_secret',
      // Nothing listens here: these tests never reach Razorpay.
      RAZORPAY_API_URL: 'http://127.0.0.1:9',
      PORT: '0',
      LOG_LEVEL: 'silent',
      ...setup.apiEnv,
    }),
  );
  const db = createPool(databaseUrl, { max: 4 });
  const privateKey = await importPKCS8(await readFile(keys.privateKeyPath, 'utf8'), 'RS256');
  const publicJwk = await exportJWK(await importSPKI(await readFile(keys.publicKeyPath, 'utf8'), 'RS256'));
  const kid = await calculateJwkThumbprint(publicJwk, 'sha256');

  const signToken: Stack['signToken'] = (claims, header = {}) => {
    const now = Math.floor(Date.now() / 1000);
    const payload: Record<string, unknown> = {
      iss: TOKEN_ISSUER,
      aud: TOKEN_AUDIENCE,
      iat: now,
      exp: now + 15 * 60,
      ...claims,
    };
    for (const key of Object.keys(payload)) if (payload[key] === undefined) delete payload[key];
    return new SignJWT(payload).setProtectedHeader({ alg: 'RS256', kid, ...header }).sign(privateKey);
  };

  return {
    apiUrl: api.url,
    authUrl: auth.url,
    databaseUrl,
    db,
    mail,
    keys,
    signToken,
    async createUser({ emailVerified = true } = {}) {
      const email = `reliability-${randomUUID()}@example.com`;
      const { rows } = await db.query<{ id: string }>(
        `INSERT INTO users (email, password_hash, name, email_verified)
         VALUES ($1, 'no-password', 'Reliability Person', $2) RETURNING id`,
        [email, emailVerified],
      );
      const id = rows[0]!.id;
      return { id, email, token: await signToken({ sub: id, email, emailVerified }) };
    },
    async stop() {
      await api.stop().catch(() => {});
      await auth.stop(500).catch(() => {});
      await mail.stop().catch(() => {});
      await db.end().catch(() => {});
      await rm(keyDir, { recursive: true, force: true });
    },
  };
}
