/**
 * Starts the real auth service in-process on port 0: a fresh migrated PostgreSQL database, a newly
 * generated RSA key pair in a temp dir, and a real SMTP server (the mail catcher) whose mail the
 * tests read.
 */
import { randomInt, randomUUID } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPool, type Pool } from '@hormohelp/db';
import { freshDatabase } from '@hormohelp/db/testing';
import { exportPKCS8, exportSPKI, generateKeyPair } from 'jose';
import { createMailCatcher, type MailCatcher } from '../../../mail-catcher/src/mail-catcher';
import { start } from '../../src/app';
import { loadAuthConfig } from '../../src/config';
import type { AuthOptions } from '../../src/deps';

export interface HttpResult {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: tests read whatever JSON came back, field by field
  body: any;
  headers: Headers;
  /** The refresh_token value this response set ('' when it cleared it), if any. */
  refreshCookie: string | undefined;
}

export interface RequestOptions {
  body?: unknown;
  headers?: Record<string, string>;
  /** Sent as the refresh_token cookie. */
  refreshToken?: string;
  bearer?: string;
  /** The client address, sent as X-Forwarded-For (trusted from loopback). Random when left out. */
  ip?: string;
}

type KeyPair = Awaited<ReturnType<typeof generateKeyPair>>;

export interface KeyMaterial {
  privateKey: KeyPair['privateKey'];
  publicKey: KeyPair['publicKey'];
  publicKeyPem: string;
  privateKeyPath: string;
  publicKeyPath: string;
}

export interface AuthHarness {
  url: string;
  /** A pool of the test's own, to look at and age rows. */
  db: Pool;
  databaseUrl: string;
  mail: MailCatcher;
  keys: KeyMaterial;
  service: Awaited<ReturnType<typeof start>>;
  request(method: string, path: string, options?: RequestOptions): Promise<HttpResult>;
  stop(): Promise<void>;
}

export function randomIp(): string {
  return `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
}

export async function generateKeys(): Promise<KeyMaterial> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', {
    extractable: true,
    modulusLength: 2048,
  });
  const dir = await mkdtemp(join(tmpdir(), 'auth-test-keys-'));
  const privateKeyPath = join(dir, 'auth_private.pem');
  const publicKeyPath = join(dir, 'auth_public.pem');
  const publicKeyPem = await exportSPKI(publicKey);
  await writeFile(privateKeyPath, await exportPKCS8(privateKey), { mode: 0o600 });
  await writeFile(publicKeyPath, publicKeyPem);
  return { privateKey, publicKey, publicKeyPem, privateKeyPath, publicKeyPath };
}

function readSetRefreshCookie(headers: Headers): string | undefined {
  const cookie = headers.getSetCookie().find((value) => value.startsWith('refresh_token='));
  return cookie === undefined ? undefined : cookie.slice('refresh_token='.length).split(';')[0];
}

export async function startAuthHarness(
  setup: {
    env?: Record<string, string>;
    options?: Partial<AuthOptions>;
    /** Share a database, mail catcher and keys with another harness (two instances). */
    shareWith?: AuthHarness;
  } = {},
): Promise<AuthHarness> {
  const databaseUrl = setup.shareWith?.databaseUrl ?? (await freshDatabase()).url;
  const mail = setup.shareWith?.mail ?? (await createMailCatcher({ smtpPort: 0, httpPort: 0 }));
  const keys = setup.shareWith?.keys ?? (await generateKeys());
  const config = loadAuthConfig({
    DATABASE_URL: databaseUrl,
    JWT_PRIVATE_KEY_PATH: keys.privateKeyPath,
    JWT_PUBLIC_KEY_PATH: keys.publicKeyPath,
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(mail.smtpPort),
    SMTP_FROM: 'HormoHelp <no-reply@hormohelp.test>',
    FRONTEND_ORIGIN: 'http://app.hormohelp.test',
    PORT: '0',
    LOG_LEVEL: 'silent',
    ...setup.env,
  });
  // Each harness has its own mail queue, so an instance sharing the database never sends another
  // one's mail through its own SMTP server.
  const service = await start(config, {
    mailRetry: { attempts: 3, baseDelayMs: 50 },
    mailQueue: `auth-mail-${randomUUID()}`,
    jobPollingIntervalSeconds: 0.5,
    ...setup.options,
  });
  const db = createPool(databaseUrl, { max: 4 });

  return {
    url: service.url,
    db,
    databaseUrl,
    mail,
    keys,
    service,
    async request(method, path, { body, headers = {}, refreshToken, bearer, ip = randomIp() } = {}) {
      const response = await fetch(service.url + path, {
        method,
        headers: {
          'x-forwarded-for': ip,
          ...(body !== undefined && { 'content-type': 'application/json' }),
          ...(refreshToken !== undefined && { cookie: `refresh_token=${refreshToken}` }),
          ...(bearer !== undefined && { authorization: `Bearer ${bearer}` }),
          ...headers,
        },
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        // not JSON: kept as text
      }
      return {
        status: response.status,
        body: parsed,
        headers: response.headers,
        refreshCookie: readSetRefreshCookie(response.headers),
      };
    },
    async stop() {
      await service.stop(1000);
      await db.end();
      if (!setup.shareWith) await mail.stop();
    },
  };
}
