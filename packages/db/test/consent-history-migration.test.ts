import { copyFile, mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { expect, it } from 'vitest';
import { MIGRATIONS_DIR, migrate } from '../src/migrate';
import { freshDatabase } from '../src/testing';

it('008 starts the consent history with the consents given before it existed, and nothing for the others', async () => {
  const database = await freshDatabase({ template: false });
  const before008 = await mkdtemp(join(tmpdir(), 'migrations-before-008-'));
  for (const name of await readdir(MIGRATIONS_DIR))
    if (name < '008') await copyFile(join(MIGRATIONS_DIR, name), join(before008, name));
  await migrate(database.url, { migrationsDir: before008 });

  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO users (email, password_hash, name, health_data_consent_at, health_data_consent_version)
       VALUES ('gave@example.com', 'x', 'Gave', '2026-11-02T10:00:00Z', '2026-11-01'),
              ('never@example.com', 'x', 'Never', NULL, NULL)`,
    );
    await migrate(database.url);
    const { rows } = await client.query(
      `SELECT u.email, e.granted, e.policy_version, e.recorded_at
         FROM consent_events e JOIN users u ON u.id = e.user_id`,
    );
    expect(rows).toEqual([
      {
        email: 'gave@example.com',
        granted: true,
        policy_version: '2026-11-01',
        recorded_at: new Date('2026-11-02T10:00:00Z'),
      },
    ]);
  } finally {
    await client.end();
  }
});
