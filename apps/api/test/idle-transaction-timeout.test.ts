import { randomBytes } from 'node:crypto';
import { createPool, IDLE_IN_TRANSACTION_TIMEOUT_MS } from '@hormohelp/db';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApiHarness } from './support/api-harness';

let api: ApiHarness;
beforeAll(async () => {
  api = await startApiHarness();
});
afterAll(() => api?.stop());

const SETTING_SQL =
  "SELECT setting::int AS ms FROM pg_settings WHERE name = 'idle_in_transaction_session_timeout'";

describe('a transaction left idle', () => {
  it('is ended after 60 s in every session of the role DATABASE_URL names, even from a client that asks nothing', async () => {
    const client = new pg.Client({ connectionString: api.databaseUrl });
    await client.connect();
    try {
      expect((await client.query(SETTING_SQL)).rows[0].ms).toBe(IDLE_IN_TRANSACTION_TIMEOUT_MS);
    } finally {
      await client.end();
    }
  });

  it('is ended after 60 s on every pooled connection, even under a role that never ran the migrations', async () => {
    const role = `hh_other_role_${randomBytes(4).toString('hex')}`;
    const password = randomBytes(12).toString('hex');
    await api.pool.query(`CREATE ROLE ${role} LOGIN PASSWORD '${password}'`);
    const url = new URL(api.databaseUrl);
    url.username = role;
    url.password = password;
    const pool = createPool(url.toString(), { max: 1 });
    try {
      expect((await pool.query(SETTING_SQL)).rows[0].ms).toBe(IDLE_IN_TRANSACTION_TIMEOUT_MS);
    } finally {
      await pool.end();
      await api.pool.query(`DROP ROLE ${role}`);
    }
  });
});
