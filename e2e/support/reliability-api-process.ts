/**
 * The API as its own process (as `npm start` runs it) on a fresh database, with dev keys whose private
 * half the test keeps to mint access tokens for users it inserts. Razorpay and the auth service are
 * not reachable: the tests using this never call them.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HEALTH_DATA_POLICY_VERSION } from '@hormohelp/contracts';
import { createPool, findFreePort, type Pool } from '@hormohelp/db';
import { freshDatabase } from '@hormohelp/db/testing';
import { ensureDevKeys } from '../../scripts/lib/dev-keys';
import { killProcess, type ServiceProcess, startServiceProcess } from './reliability-child';
import { loadTokenSigner } from './reliability-tokens';

export interface ApiProcess {
  api: ServiceProcess;
  db: Pool;
  /** Inserts `count` verified users who consented to health data, each with a valid access token. */
  createUsers(count: number): Promise<Array<{ id: string; token: string }>>;
  stop(): Promise<void>;
}

export async function startApiProcess(): Promise<ApiProcess> {
  const database = await freshDatabase();
  const keyDir = await mkdtemp(join(tmpdir(), 'hormohelp-api-process-keys-'));
  const keys = await ensureDevKeys(keyDir);
  const api = await startServiceProcess('api', {
    DATABASE_URL: database.url,
    AUTH_PUBLIC_KEY_PATH: keys.publicKeyPath,
    AUTH_SERVICE_URL: 'http://127.0.0.1:9',
    RAZORPAY_KEY_ID: 'rzp_test_api_process',
    RAZORPAY_KEY_SECRET: 'api_process_key_secret',
    RAZORPAY_WEBHOOK_SECRET: 'api_process_webhook_secret',
    RAZORPAY_API_URL: 'http://127.0.0.1:9',
    PORT: String(await findFreePort()),
  });
  const db = createPool(database.url, { max: 4 });
  const signToken = await loadTokenSigner(keys);
  return {
    api,
    db,
    async createUsers(count) {
      const emails = Array.from({ length: count }, () => `load-${randomUUID()}@example.com`);
      const { rows } = await db.query<{ id: string; email: string }>(
        `INSERT INTO users (email, password_hash, name, email_verified, health_data_consent_at,
           health_data_consent_version)
         SELECT email, 'no-password', 'Load Person', true, now(), $2 FROM unnest($1::text[]) AS email
         RETURNING id, email`,
        [emails, HEALTH_DATA_POLICY_VERSION],
      );
      return Promise.all(
        rows.map(async (row) => ({
          id: row.id,
          token: await signToken({ sub: row.id, email: row.email, emailVerified: true }),
        })),
      );
    },
    async stop() {
      await killProcess(api);
      await db.end().catch(() => {});
      await rm(keyDir, { recursive: true, force: true });
    },
  };
}
