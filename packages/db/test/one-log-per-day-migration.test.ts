import { copyFile, mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { expect, it } from 'vitest';
import { MIGRATIONS_DIR, migrate } from '../src/migrate';
import { freshDatabase } from '../src/testing';

it('015 keeps the most recently created log of each day with its values, and then refuses a second one', async () => {
  const database = await freshDatabase({ template: false });
  const before015 = await mkdtemp(join(tmpdir(), 'migrations-before-015-'));
  for (const name of await readdir(MIGRATIONS_DIR))
    if (name < '015') await copyFile(join(MIGRATIONS_DIR, name), join(before015, name));
  await migrate(database.url, { migrationsDir: before015 });

  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const { rows: users } = await client.query<{ id: string }>(
      `INSERT INTO users (email, password_hash, name)
       VALUES ('asha@example.com', 'x', 'Asha'), ('meera@example.com', 'x', 'Meera') RETURNING id`,
    );
    const [asha, meera] = users.map((user) => user.id);
    await client.query(
      `INSERT INTO symptom_logs (id, user_id, date, notes, severity, created_at) VALUES
         ('00000000-0000-4000-8000-000000000001', $1, '2026-11-01', 'morning', 3, '2026-11-01T08:00:00Z'),
         ('00000000-0000-4000-8000-000000000002', $1, '2026-11-01', 'evening', 7, '2026-11-01T20:00:00Z'),
         ('00000000-0000-4000-8000-000000000003', $1, '2026-11-01', 'noon', 5, '2026-11-01T12:00:00Z'),
         ('00000000-0000-4000-8000-000000000004', $1, '2026-11-02', 'same time, smaller id', 1, '2026-11-02T09:00:00Z'),
         ('00000000-0000-4000-8000-000000000005', $1, '2026-11-02', 'same time, greater id', 2, '2026-11-02T09:00:00Z'),
         ('00000000-0000-4000-8000-000000000006', $1, '2026-11-03', 'alone', 4, '2026-11-03T09:00:00Z'),
         ('00000000-0000-4000-8000-000000000007', $2, '2026-11-01', 'someone else', 9, '2026-11-01T07:00:00Z')`,
      [asha, meera],
    );
    await migrate(database.url);

    const { rows } = await client.query(
      'SELECT id, user_id, date::text, notes, severity FROM symptom_logs ORDER BY id',
    );
    expect(rows).toEqual([
      {
        id: '00000000-0000-4000-8000-000000000002',
        user_id: asha,
        date: '2026-11-01',
        notes: 'evening',
        severity: 7,
      },
      {
        id: '00000000-0000-4000-8000-000000000005',
        user_id: asha,
        date: '2026-11-02',
        notes: 'same time, greater id',
        severity: 2,
      },
      {
        id: '00000000-0000-4000-8000-000000000006',
        user_id: asha,
        date: '2026-11-03',
        notes: 'alone',
        severity: 4,
      },
      {
        id: '00000000-0000-4000-8000-000000000007',
        user_id: meera,
        date: '2026-11-01',
        notes: 'someone else',
        severity: 9,
      },
    ]);
    await expect(
      client.query(`INSERT INTO symptom_logs (user_id, date) VALUES ($1, '2026-11-03')`, [asha]),
    ).rejects.toThrow(/symptom_logs_user_id_date_idx/);
  } finally {
    await client.end();
  }
});
