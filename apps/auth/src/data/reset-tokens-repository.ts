import type { Queryable } from './queryable';

export async function insertResetToken(
  db: Queryable,
  userId: string,
  tokenHash: string,
  ttlSeconds: number,
): Promise<void> {
  await db.query(
    `INSERT INTO password_reset_tokens (user_id, token_hash, expires_at)
     VALUES ($1, $2, now() + make_interval(secs => $3))`,
    [userId, tokenHash, ttlSeconds],
  );
}

/** Locks the reset token's row until the transaction ends, so it can be used once only. */
export async function lockResetToken(db: Queryable, tokenHash: string) {
  const { rows } = await db.query<{
    id: string;
    user_id: string;
    token_hash: string;
    used: boolean;
    is_expired: boolean;
  }>(
    `SELECT id, user_id, token_hash, used, expires_at <= now() AS is_expired
     FROM password_reset_tokens WHERE token_hash = $1 FOR UPDATE`,
    [tokenHash],
  );
  return rows[0];
}

/** Uses up every outstanding reset link of the user, not only the one presented. */
export async function markAllResetTokensUsed(db: Queryable, userId: string): Promise<void> {
  await db.query('UPDATE password_reset_tokens SET used = TRUE WHERE user_id = $1 AND NOT used', [userId]);
}
