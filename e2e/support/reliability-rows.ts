/** Row counts of every table a request could write to, to prove that a refused request stored nothing. */
import type { Pool } from '@hormohelp/db';

const TABLES = [
  'users',
  'refresh_tokens',
  'password_reset_tokens',
  'symptom_logs',
  'community_posts',
  'community_comments',
  'post_likes',
  'bookings',
  'cart_items',
  'orders',
];

export async function countRows(db: Pool): Promise<Record<string, number>> {
  const { rows } = await db.query<Record<string, number>>(
    `SELECT ${TABLES.map((table) => `(SELECT count(*) FROM ${table}) AS ${table}`).join(', ')}`,
  );
  return rows[0]!;
}

/** Also compares the content of the user's own rows that a PATCH could change. */
export async function snapshotUser(db: Pool, userId: string) {
  const { rows } = await db.query('SELECT name, onboarding_data FROM users WHERE id = $1', [userId]);
  return { counts: await countRows(db), user: rows[0] };
}
