import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../migrations/', import.meta.url));
const SEED_DIR = fileURLToPath(new URL('../seed/', import.meta.url));
// Any constant works; it only has to be the same for every process that migrates this database.
const MIGRATION_LOCK_ID = 41_044_172;

export interface MigrationResult {
  applied: string[];
  seeded: string[];
}

interface SqlFile {
  name: string;
  sql: string;
}

async function readSqlFiles(dir: string): Promise<SqlFile[]> {
  const names = (await readdir(dir).catch(() => [] as string[]))
    .filter((name) => name.endsWith('.sql'))
    .sort();
  return Promise.all(names.map(async (name) => ({ name, sql: await readFile(join(dir, name), 'utf8') })));
}

function checksum(sql: string): string {
  return createHash('sha256').update(sql).digest('hex');
}

/**
 * Applies every migration not yet recorded in schema_migrations, each in its own transaction, then
 * the seed files (which are idempotent by construction). A session-level advisory lock makes two
 * processes that start at once take turns instead of racing on the same DDL.
 */
export async function migrate(
  databaseUrl: string,
  { migrationsDir = MIGRATIONS_DIR, seedDir = SEED_DIR }: { migrationsDir?: string; seedDir?: string } = {},
): Promise<MigrationResult> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version    TEXT PRIMARY KEY,
      checksum   TEXT NOT NULL,
      applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
    )`);
    const { rows } = await client.query<{ version: string; checksum: string }>(
      'SELECT version, checksum FROM schema_migrations',
    );
    const recorded = new Map(rows.map((row) => [row.version, row.checksum]));

    const applied: string[] = [];
    for (const migration of await readSqlFiles(migrationsDir)) {
      const sum = checksum(migration.sql);
      const previous = recorded.get(migration.name);
      if (previous !== undefined) {
        if (previous !== sum) {
          throw new Error(
            `migration ${migration.name} was changed after it was applied; add a new migration instead`,
          );
        }
        continue;
      }
      await inTransaction(client, async () => {
        await client.query(migration.sql);
        await client.query('INSERT INTO schema_migrations (version, checksum) VALUES ($1, $2)', [
          migration.name,
          sum,
        ]);
      });
      applied.push(migration.name);
    }

    const seeded: string[] = [];
    for (const seed of await readSqlFiles(seedDir)) {
      await inTransaction(client, () => client.query(seed.sql));
      seeded.push(seed.name);
    }
    return { applied, seeded };
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]).catch(() => {});
    await client.end();
  }
}

async function inTransaction(client: pg.Client, work: () => Promise<unknown>): Promise<void> {
  await client.query('BEGIN');
  try {
    await work();
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}
