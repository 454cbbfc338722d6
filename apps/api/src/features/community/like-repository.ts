import type { PoolClient } from '@hormohelp/db';

/**
 * Serialises toggles of one person on one post (a double click sends two at once) for the rest of
 * the transaction, so each toggle sees the previous one's result. Toggles of different people on
 * the same post do not wait for each other.
 */
export async function lockLikeOf(client: PoolClient, postId: string, userId: string): Promise<void> {
  await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
    `post_like:${postId}:${userId}`,
  ]);
}

/** Removes the like; true when there was one. */
export async function deleteLike(client: PoolClient, postId: string, userId: string): Promise<boolean> {
  const { rowCount } = await client.query('DELETE FROM post_likes WHERE post_id = $1 AND user_id = $2', [
    postId,
    userId,
  ]);
  return rowCount === 1;
}

/** Adds the like; a like that already exists is left as it is. */
export async function insertLike(client: PoolClient, postId: string, userId: string): Promise<void> {
  await client.query(
    'INSERT INTO post_likes (post_id, user_id) VALUES ($1, $2) ON CONFLICT (post_id, user_id) DO NOTHING',
    [postId, userId],
  );
}

export async function countLikes(client: PoolClient, postId: string): Promise<number> {
  const { rows } = await client.query<{ count: number }>(
    'SELECT count(*)::int AS count FROM post_likes WHERE post_id = $1',
    [postId],
  );
  return rows[0]!.count;
}
