import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../src/testing';
import { CASCADING_FOREIGN_KEYS, INDEXES, NOT_NULL, SEED_COLUMNS, UNIQUE } from './seed-schema';

let client: pg.Client;

beforeAll(async () => {
  const database = await freshDatabase();
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
});
afterAll(() => client?.end());

describe('the migrated schema holds everything the seed lists', () => {
  it.each(Object.keys(SEED_COLUMNS))('%s has the seed columns with their types', async (table) => {
    const { rows } = await client.query(
      `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type
         FROM pg_attribute a WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped`,
      [table],
    );
    const actual = Object.fromEntries(rows.map((row) => [row.name, row.type]));
    expect(actual).toMatchObject(SEED_COLUMNS[table]!);
  });

  it('every primary key is a gen_random_uuid() uuid, except products.id which is SERIAL', async () => {
    const { rows } = await client.query(
      `SELECT c.table_name, c.column_default FROM information_schema.columns c
         JOIN information_schema.key_column_usage k USING (table_schema, table_name, column_name)
         JOIN information_schema.table_constraints t USING (table_schema, table_name, constraint_name)
        WHERE t.constraint_type = 'PRIMARY KEY' AND c.table_schema = 'public' AND c.table_name = ANY($1)`,
      [Object.keys(SEED_COLUMNS)],
    );
    expect(rows).toHaveLength(10);
    for (const row of rows) {
      expect(row.column_default, row.table_name).toBe(
        row.table_name === 'products' ? "nextval('products_id_seq'::regclass)" : 'gen_random_uuid()',
      );
    }
  });

  it.each(Object.entries(NOT_NULL))('%s requires its NOT NULL columns', async (table, columns) => {
    const { rows } = await client.query(
      `SELECT column_name FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name = $1 AND is_nullable = 'NO'`,
      [table],
    );
    expect(rows.map((row) => row.column_name)).toEqual(expect.arrayContaining(columns));
  });

  it.each(UNIQUE)('%s is unique on %j', async (table, columns) => {
    const { rows } = await client.query(
      `SELECT array_agg(a.attname::text ORDER BY k.ord) AS columns
         FROM pg_constraint c
         CROSS JOIN LATERAL unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord)
         JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
        WHERE c.conrelid = $1::regclass AND c.contype IN ('u', 'p')
        GROUP BY c.oid`,
      [table],
    );
    expect(rows.map((row) => row.columns)).toContainEqual(columns);
  });

  it.each(CASCADING_FOREIGN_KEYS)('%s.%s references %s ON DELETE CASCADE', async (table, column, target) => {
    const { rows } = await client.query(
      `SELECT c.confrelid::regclass::text AS target, c.confdeltype AS on_delete
         FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY(c.conkey)
        WHERE c.contype = 'f' AND c.conrelid = $1::regclass AND a.attname = $2`,
      [table, column],
    );
    expect(rows).toEqual([{ target, on_delete: 'c' }]);
  });

  // Migration 006: an order outlives its buyer for accounting, detached from the person.
  it('orders.user_id references users ON DELETE SET NULL, so erasure keeps the order without its buyer', async () => {
    const { rows } = await client.query(
      `SELECT c.confrelid::regclass::text AS target, c.confdeltype AS on_delete
         FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY(c.conkey)
        WHERE c.contype = 'f' AND c.conrelid = 'orders'::regclass AND a.attname = 'user_id'`,
    );
    expect(rows).toEqual([{ target: 'users', on_delete: 'n' }]);
  });

  it.each(INDEXES)('%s has an index on %s', async (table, keys) => {
    const { rows } = await client.query('SELECT indexdef FROM pg_indexes WHERE tablename = $1', [table]);
    const keyLists = rows.map((row) => /\((.*)\)$/.exec(row.indexdef)?.[0]);
    expect(keyLists).toContain(keys);
  });

  it.each([
    ['symptom_logs', 'severity'],
    ['symptom_logs', 'mood'],
    ['symptom_logs', 'energy'],
    ['symptom_logs', 'sleep'],
  ])('%s.%s only accepts 1 to 10', async (table, column) => {
    // A person of their own for each log: a person has one log a day.
    const insert = async (value: number) =>
      client.query(`INSERT INTO ${table} (user_id, ${column}) VALUES ($1, $2)`, [await insertUser(), value]);
    await expect(insert(0)).rejects.toThrow(/check constraint/);
    await expect(insert(11)).rejects.toThrow(/check constraint/);
    await expect(insert(1)).resolves.toBeDefined();
    await expect(insert(10)).resolves.toBeDefined();
  });

  it('symptom_logs holds one log per person and day, and the same day for someone else', async () => {
    const [user, other] = [await insertUser(), await insertUser()];
    const insert = (userId: string, date: string) =>
      client.query('INSERT INTO symptom_logs (user_id, date) VALUES ($1, $2)', [userId, date]);
    await insert(user, '2026-11-01');
    await expect(insert(user, '2026-11-01')).rejects.toThrow(/unique constraint/);
    await expect(insert(user, '2026-11-02')).resolves.toBeDefined();
    await expect(insert(other, '2026-11-01')).resolves.toBeDefined();
  });

  it('bookings.type only accepts video, phone and chat', async () => {
    const user = await insertUser();
    const insert = (type: string) =>
      client.query(
        // One slot per type: migration 003 sells each (expert, date, time) slot only once.
        `INSERT INTO bookings (user_id, expert_id, type, date, time) VALUES ($1, 'e', $2, 'd', $2)`,
        [user, type],
      );
    await expect(insert('carrier-pigeon')).rejects.toThrow(/check constraint/);
    for (const type of ['video', 'phone', 'chat']) await expect(insert(type)).resolves.toBeDefined();
  });

  it('cart_items.quantity must be positive', async () => {
    const user = await insertUser();
    const insert = (quantity: number) =>
      client.query('INSERT INTO cart_items (user_id, product_id, quantity) VALUES ($1, 1, $2)', [
        user,
        quantity,
      ]);
    await expect(insert(0)).rejects.toThrow(/check constraint/);
  });

  it('deleting a user removes everything of theirs', async () => {
    const user = await insertUser();
    const post = await client.query(
      `INSERT INTO community_posts (user_id, title, body) VALUES ($1, 't', 'b') RETURNING id`,
      [user],
    );
    await client.query(`INSERT INTO community_comments (post_id, user_id, body) VALUES ($1, $2, 'c')`, [
      post.rows[0].id,
      user,
    ]);
    await client.query('INSERT INTO symptom_logs (user_id, severity) VALUES ($1, 5)', [user]);
    await client.query('INSERT INTO cart_items (user_id, product_id) VALUES ($1, 2)', [user]);
    await client.query('DELETE FROM users WHERE id = $1', [user]);
    for (const table of ['community_posts', 'community_comments', 'symptom_logs', 'cart_items']) {
      const { rowCount } = await client.query(`SELECT 1 FROM ${table} WHERE user_id = $1`, [user]);
      expect(rowCount, table).toBe(0);
    }
  });
});

describe('seed data', () => {
  it('holds the twelve products with categories, prices in rupees and stock', async () => {
    const { rows } = await client.query(
      'SELECT name, description, price, category, stock FROM products ORDER BY id',
    );
    expect(rows).toHaveLength(12);
    for (const product of rows) {
      expect(product.name.length).toBeGreaterThan(3);
      expect(product.description.length).toBeGreaterThan(40);
      expect(Number(product.price)).toBeGreaterThan(0);
      expect(product.stock).toBeGreaterThan(0);
    }
    expect(new Set(rows.map((row) => row.category)).size).toBeGreaterThanOrEqual(4);
  });
});

let userCounter = 0;
async function insertUser(): Promise<string> {
  userCounter += 1;
  const { rows } = await client.query(
    `INSERT INTO users (email, password_hash, name) VALUES ($1, 'x', 'Test') RETURNING id`,
    [`schema-${userCounter}-${Date.now()}@example.com`],
  );
  return rows[0].id;
}
