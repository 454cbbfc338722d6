import type { Queryable } from './queryable';

/**
 * Keeps the user's orders for accounting (id, item snapshot, total, status, Razorpay ids, dates) and
 * detaches them from the person. The cart lines they covered are the person's and go with them.
 */
export async function anonymiseOrdersOf(db: Queryable, userId: string): Promise<void> {
  await db.query(
    `UPDATE orders SET user_id = NULL, cart_item_ids = '{}', updated_at = now() WHERE user_id = $1`,
    [userId],
  );
}

/** community_posts.likes is unused since migration 003, but an id left there would still be theirs. */
export async function removeFromLegacyLikes(db: Queryable, userId: string): Promise<void> {
  await db.query(`UPDATE community_posts SET likes = likes - $1::text WHERE likes ? $1::text`, [userId]);
}

/** Rate-limit rows keyed by the SHA-256 of the person's email. */
export async function deleteRateLimitKeys(db: Queryable, keys: string[]): Promise<void> {
  await db.query('DELETE FROM rate_limit_hits WHERE key = ANY($1::text[])', [keys]);
}

/** Deletes the user; every table that references users cascades, orders are set to NULL. */
export async function deleteUserRow(db: Queryable, userId: string): Promise<boolean> {
  const { rowCount } = await db.query('DELETE FROM users WHERE id = $1', [userId]);
  return rowCount === 1;
}
