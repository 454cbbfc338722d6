import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { migrate } from '../src/migrate';
import { freshDatabase } from '../src/testing';

async function snapshot(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const schema = await client.query(
      `SELECT table_name, column_name, data_type, column_default, is_nullable FROM information_schema.columns
        WHERE table_schema = 'public' ORDER BY table_name, column_name`,
    );
    const indexes = await client.query(
      `SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexdef`,
    );
    const products = await client.query('SELECT * FROM products ORDER BY id');
    const migrations = await client.query(
      'SELECT version, applied_at FROM schema_migrations ORDER BY version',
    );
    return {
      schema: schema.rows,
      indexes: indexes.rows,
      products: products.rows,
      migrations: migrations.rows,
    };
  } finally {
    await client.end();
  }
}

describe('migrate', () => {
  it('on an empty database applies every migration in order and records each', async () => {
    const database = await freshDatabase({ template: false });
    const result = await migrate(database.url);
    expect(result.applied[0]).toBe('001_initial_schema.sql');
    expect(result.applied).toEqual([...result.applied].sort());
    const { migrations } = await snapshot(database.url);
    expect(migrations.map((row) => row.version)).toEqual(result.applied);
  });

  it('run twice on the same database changes nothing', async () => {
    const database = await freshDatabase({ template: false });
    await migrate(database.url);
    const before = await snapshot(database.url);
    const second = await migrate(database.url);
    expect(second.applied).toEqual([]);
    expect(await snapshot(database.url)).toEqual(before);
  });

  it('run by two processes at once applies each migration exactly once', async () => {
    const database = await freshDatabase({ template: false });
    const results = await Promise.all([migrate(database.url), migrate(database.url)]);
    const appliedTwice = results.flatMap((result) => result.applied);
    expect(new Set(appliedTwice).size).toBe(appliedTwice.length);
  });

  it('a broken migration fails loudly, is rolled back and is not recorded', async () => {
    const database = await freshDatabase();
    const dir = await mkdtemp(join(tmpdir(), 'broken-migration-'));
    await writeFile(
      join(dir, '900_broken.sql'),
      'CREATE TABLE half_done (id int); SELECT * FROM no_such_table;',
    );
    await expect(migrate(database.url, { migrationsDir: dir })).rejects.toThrow(/no_such_table/);
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const table = await client.query(`SELECT to_regclass('half_done') AS exists`);
    const recorded = await client.query(`SELECT 1 FROM schema_migrations WHERE version = '900_broken.sql'`);
    await client.end();
    expect(table.rows[0].exists).toBeNull();
    expect(recorded.rowCount).toBe(0);
  });

  it('refuses a migration that was edited after it was applied', async () => {
    const database = await freshDatabase({ template: false });
    const dir = await mkdtemp(join(tmpdir(), 'edited-migration-'));
    await writeFile(join(dir, '001_a.sql'), 'CREATE TABLE a (id int);');
    const noSeeds = join(dir, 'no-seeds');
    await migrate(database.url, { migrationsDir: dir, seedDir: noSeeds });
    await writeFile(join(dir, '001_a.sql'), 'CREATE TABLE a (id bigint);');
    await expect(migrate(database.url, { migrationsDir: dir, seedDir: noSeeds })).rejects.toThrow(
      /was changed/,
    );
  });
});
