/**
 * Test databases. The vitest global setup (`setupTestCluster`) starts one throwaway embedded
 * PostgreSQL 16 for the run, or uses the server in DATABASE_URL, and migrates a template database
 * once. Each test file then takes its own fresh copy with `createTestDatabase()`: no test depends on
 * another or on a developer's data.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from './embedded';
import { findFreePort } from './free-port';
import { migrate } from './migrate';

const RUN_PREFIX = 'hh_test_';

export interface TestCluster {
  /** A connection string to the maintenance database of the test server. */
  adminUrl: string;
  /** The migrated database every test database is copied from. */
  templateName: string;
  teardown(): Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

async function adminQuery(adminUrl: string, sql: string, values: unknown[] = []): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await client.query(sql, values);
  } finally {
    await client.end();
  }
}

export async function setupTestCluster(): Promise<TestCluster> {
  const runId = randomBytes(4).toString('hex');
  const templateName = `${RUN_PREFIX}${runId}_template`;
  let adminUrl: string;
  let stopServer = async () => {};

  if (process.env.DATABASE_URL) {
    adminUrl = process.env.DATABASE_URL;
  } else {
    const dataDir = await mkdtemp(join(tmpdir(), 'hormohelp-test-pg-'));
    const port = await findFreePort();
    // Durability settings off: a test cluster is thrown away, and this makes it several times faster.
    const cluster = await startEmbeddedPostgres({
      dataDir,
      port,
      persistent: false,
      settings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off', max_connections: 400 },
    });
    adminUrl = cluster.urlFor('postgres');
    stopServer = () => cluster.stop();
  }

  await adminQuery(adminUrl, `CREATE DATABASE ${templateName}`);
  await migrate(withDatabase(adminUrl, templateName));

  return {
    adminUrl,
    templateName,
    async teardown() {
      const { rows } = await adminQuery(adminUrl, 'SELECT datname FROM pg_database WHERE datname LIKE $1', [
        `${RUN_PREFIX}${runId}%`,
      ]);
      for (const { datname } of rows) {
        await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
      }
      await stopServer();
    },
  };
}

export interface TestDatabase {
  url: string;
  name: string;
  /** The maintenance connection string, for tests that need to create or drop more databases. */
  adminUrl: string;
}

/** A fresh, migrated and seeded database, private to the caller. */
export async function createTestDatabase(
  cluster: Pick<TestCluster, 'adminUrl' | 'templateName'>,
  options: { template?: boolean } = {},
): Promise<TestDatabase> {
  const name = `${cluster.templateName.replace(/_template$/, '')}_${randomBytes(6).toString('hex')}`;
  const template = options.template === false ? '' : ` TEMPLATE ${cluster.templateName}`;
  await adminQuery(cluster.adminUrl, `CREATE DATABASE ${name}${template}`);
  return { url: withDatabase(cluster.adminUrl, name), name, adminUrl: cluster.adminUrl };
}

/** In a vitest test file: a fresh database on the run's test cluster (see vitest-global-setup.ts). */
export async function freshDatabase(options: { template?: boolean } = {}): Promise<TestDatabase> {
  const { inject } = await import('vitest');
  return createTestDatabase(inject('testCluster'), options);
}
