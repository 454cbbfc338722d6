import { type PoolClient, USER_PROFILE_COLUMNS, type UserProfileRow } from '@hormohelp/db';
import { ORDER_COLUMNS } from '../orders/order-rows';

export async function selectProfile(client: PoolClient, userId: string): Promise<UserProfileRow | undefined> {
  const { rows } = await client.query<UserProfileRow>(
    `SELECT ${USER_PROFILE_COLUMNS} FROM users WHERE id = $1`,
    [userId],
  );
  return rows[0];
}

/**
 * Opens the export's transaction: one snapshot for every section, no statement that outlives the
 * export's deadline, and the person's export lock. PostgreSQL releases the lock when the transaction
 * ends, however it ends (commit, rollback, a lost connection). False when another export of theirs
 * holds it, on any API instance: the lock lives in the database they share.
 */
export async function beginExport(client: PoolClient, userId: string, deadlineMs: number): Promise<boolean> {
  await client.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
  const { rows } = await client.query<{ claimed: boolean }>(
    `SELECT pg_try_advisory_xact_lock(hashtextextended('export:' || $1, 0)) AS claimed,
            set_config('statement_timeout', $2, true)`,
    [userId, String(deadlineMs)],
  );
  return rows[0]!.claimed;
}

/** The person's rows of each table, oldest first; `$1` is the user id. Read through a cursor. */
export const EXPORT_QUERIES = {
  consentHistory: `SELECT granted, policy_version, recorded_at
                     FROM consent_events WHERE user_id = $1 ORDER BY recorded_at, id`,
  symptomLogs: `SELECT id, date, symptoms, notes, severity, mood, energy, sleep, created_at
                  FROM symptom_logs WHERE user_id = $1 ORDER BY date, created_at, id`,
  posts: `SELECT id, title, body, category, created_at
            FROM community_posts WHERE user_id = $1 ORDER BY created_at, id`,
  comments: `SELECT id, post_id, body, created_at
               FROM community_comments WHERE user_id = $1 ORDER BY created_at, id`,
  likes: 'SELECT post_id, created_at FROM post_likes WHERE user_id = $1 ORDER BY created_at, post_id',
  bookings: `SELECT id, expert_id, type, date, time, status, notes, created_at
               FROM bookings WHERE user_id = $1 ORDER BY created_at, id`,
  cart: `SELECT c.id, c.product_id, p.name AS product_name, c.quantity, c.created_at
           FROM cart_items c JOIN products p ON p.id = c.product_id
          WHERE c.user_id = $1 ORDER BY c.created_at, c.id`,
  orders: `SELECT ${ORDER_COLUMNS} FROM orders o WHERE o.user_id = $1 ORDER BY o.created_at, o.id`,
  // One row per login (refresh-token family), summarised as the auth service lists it; never a hash.
  sessions: `SELECT family_id, min(created_at) AS created_at,
                    max(coalesce(last_used_at, created_at)) AS last_used_at,
                    (array_agg(user_agent ORDER BY created_at DESC))[1] AS user_agent,
                    max(expires_at) AS expires_at, min(revoked_at) AS revoked_at
               FROM refresh_tokens WHERE user_id = $1
              GROUP BY family_id ORDER BY min(created_at), family_id`,
} as const;
