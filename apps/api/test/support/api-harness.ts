/**
 * Starts a real API on port 0 against a fresh PostgreSQL database, with its own RSA key pair standing
 * in for the auth service's: tests mint access tokens with exactly the contract's claims.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HEALTH_DATA_POLICY_VERSION, TOKEN_AUDIENCE, TOKEN_ISSUER } from '@hormohelp/contracts';
import type { Pool } from '@hormohelp/db';
import { freshDatabase } from '@hormohelp/db/testing';
import { calculateJwkThumbprint, exportJWK, exportSPKI, generateKeyPair, SignJWT } from 'jose';
import { createDeps, start } from '../../src/app';
import { type ApiConfig, loadApiConfig } from '../../src/config';

export interface TestUser {
  id: string;
  email: string;
  name: string;
  token: string;
}

export interface ApiHarness {
  url: string;
  pool: Pool;
  databaseUrl: string;
  config: ApiConfig;
  /**
   * Inserts a user row and returns it with a valid access token. The user has consented to storing
   * health data (as onboarding asks) unless `healthDataConsent: false`.
   */
  createUser(options?: {
    emailVerified?: boolean;
    name?: string;
    healthDataConsent?: boolean;
    /** UTC unless given. */
    timeZone?: string;
  }): Promise<TestUser>;
  /** Signs an access token with the harness key; claims can be overridden to build bad tokens. */
  mintToken(claims: Record<string, unknown>, options?: { expiresIn?: string | number }): Promise<string>;
  /** The key id the harness's tokens carry: the thumbprint of its public key, as the auth service's. */
  kid: string;
  /** The harness's stand-in for the auth service's private key, to sign deliberately wrong tokens. */
  privateKey: Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
  /** fetch against the API with JSON in and out, and the user's token when given. */
  request(
    method: string,
    path: string,
    options?: { user?: TestUser; body?: unknown; headers?: Record<string, string> },
    // biome-ignore lint/suspicious/noExplicitAny: tests read whatever JSON came back, field by field
  ): Promise<{ status: number; body: any; headers: Headers }>;
  /** Makes the API's clock read `instant` (undefined: the real time again). */
  setNow(instant: Date | undefined): void;
  stop(): Promise<void>;
}

export async function startApiHarness(env: Record<string, string> = {}): Promise<ApiHarness> {
  const database = await freshDatabase();
  const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
  const keyDir = await mkdtemp(join(tmpdir(), 'api-test-keys-'));
  const publicKeyPath = join(keyDir, 'auth_public.pem');
  await writeFile(publicKeyPath, await exportSPKI(publicKey));

  const config = loadApiConfig({
    DATABASE_URL: database.url,
    AUTH_PUBLIC_KEY_PATH: publicKeyPath,
    // Nothing listens here unless a test starts an auth service: /auth/* then answers 502.
    AUTH_SERVICE_URL: 'http://127.0.0.1:9',
    RAZORPAY_KEY_ID: 'rzp_test_harness',
    RAZORPAY_KEY_SECRET: 'harness_key_secret',
    RAZORPAY_WEBHOOK_SECRET: 'harness_webhook_secret',
    RAZORPAY_API_URL: 'http://127.0.0.1:9',
    PORT: '0',
    LOG_LEVEL: 'silent',
    ...env,
  });
  let fixedNow: Date | undefined;
  const running = await start(config, { ...(await createDeps(config)), now: () => fixedNow ?? new Date() });
  const { pool } = running.deps;
  const kid = await calculateJwkThumbprint(await exportJWK(publicKey), 'sha256');

  const mintToken: ApiHarness['mintToken'] = (claims, options = {}) =>
    new SignJWT({ ...claims })
      .setProtectedHeader({ alg: 'RS256', kid })
      .setIssuer(TOKEN_ISSUER)
      .setAudience(TOKEN_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(options.expiresIn ?? '15m')
      .sign(privateKey);

  let counter = 0;
  return {
    url: running.url,
    pool,
    databaseUrl: database.url,
    config,
    mintToken,
    kid,
    privateKey,
    setNow(instant) {
      fixedNow = instant;
    },
    async createUser({
      emailVerified = true,
      name = 'Test Person',
      healthDataConsent = true,
      timeZone = 'UTC',
    } = {}) {
      counter += 1;
      const email = `user-${counter}-${randomUUID().slice(0, 8)}@example.com`;
      const { rows } = await pool.query<{ id: string }>(
        `INSERT INTO users (email, password_hash, name, email_verified, health_data_consent_at, health_data_consent_version, time_zone)
         VALUES ($1, 'not-a-real-hash', $2, $3, CASE WHEN $4 THEN now() END, CASE WHEN $4 THEN $5 END, $6) RETURNING id`,
        [email, name, emailVerified, healthDataConsent, HEALTH_DATA_POLICY_VERSION, timeZone],
      );
      const id = rows[0]!.id;
      return { id, email, name, token: await mintToken({ sub: id, email, emailVerified }) };
    },
    async request(method, path, { user, body, headers = {} } = {}) {
      const response = await fetch(running.url + path, {
        method,
        headers: {
          ...(body !== undefined && { 'content-type': 'application/json' }),
          ...(user && { authorization: `Bearer ${user.token}` }),
          ...headers,
        },
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        // not JSON: left as text
      }
      return { status: response.status, body: parsed, headers: response.headers };
    },
    async stop() {
      await running.stop(1000);
    },
  };
}
