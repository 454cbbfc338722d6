import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort, migrate, startEmbeddedPostgres } from '@hormohelp/db';
import pg from 'pg';

export interface BenchDatabase {
  url: string;
  /** Where it runs: a throwaway embedded server, or the server in DATABASE_URL. */
  server: string;
  drop(): Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A new, migrated database that only this run uses. With DATABASE_URL it is created on that server
 * (and dropped at the end) so a developer's own data is never touched; without it, on an embedded
 * PostgreSQL 16 with durability off, as the test cluster runs, since the data is thrown away.
 */
export async function provisionDatabase(env: NodeJS.ProcessEnv): Promise<BenchDatabase> {
  let adminUrl = env.DATABASE_URL;
  let stopServer = async () => {};
  let server = 'DATABASE_URL';
  if (!adminUrl) {
    const port = await findFreePort();
    const cluster = await startEmbeddedPostgres({
      dataDir: await mkdtemp(join(tmpdir(), 'hormohelp-bench-pg-')),
      port,
      persistent: false,
      settings: {
        fsync: 'off',
        synchronous_commit: 'off',
        full_page_writes: 'off',
        max_connections: 200,
        shared_buffers: '256MB',
        maintenance_work_mem: '256MB',
      },
    });
    adminUrl = cluster.urlFor('postgres');
    stopServer = () => cluster.stop();
    server = `embedded PostgreSQL 16 on 127.0.0.1:${port}`;
  }
  const name = `hormohelp_bench_${randomBytes(4).toString('hex')}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
  const url = withDatabase(adminUrl, name);
  await migrate(url);
  return {
    url,
    server,
    async drop() {
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
      await stopServer();
    },
  };
}

/** Open connections to the database by application_name, for the names given: each pool's size. */
export async function connectionsByApplication(
  databaseUrl: string,
  applications: string[],
): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client
    .query<{ name: string; n: number }>(
      `SELECT application_name AS name, count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND application_name = ANY($1) GROUP BY 1`,
      [applications],
    )
    .finally(() => client.end());
  return Object.fromEntries(rows.map((r) => [r.name, r.n]));
}
