import type { Queryable } from './queryable';

/**
 * Rows that can no longer do anything: refresh tokens a day past their expiry (an expired token is
 * refused whether or not its row exists) and reset links a day past theirs.
 */
export async function deleteDeadTokens(db: Queryable): Promise<void> {
  await db.query("DELETE FROM refresh_tokens WHERE expires_at < now() - interval '1 day'");
  await db.query("DELETE FROM password_reset_tokens WHERE expires_at < now() - interval '1 day'");
}
