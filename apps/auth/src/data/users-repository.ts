import type { UserProfileRow } from '@hormohelp/db';
import type { Queryable } from './queryable';

export interface UserRow extends UserProfileRow {
  password_hash: string;
  verification_token_hash: string | null;
  verification_token_expires_at: Date | null;
}

export async function findUserByEmail(db: Queryable, email: string): Promise<UserRow | undefined> {
  const { rows } = await db.query<UserRow>('SELECT * FROM users WHERE email = $1', [email]);
  return rows[0];
}

export async function findUserById(db: Queryable, id: string): Promise<UserRow | undefined> {
  const { rows } = await db.query<UserRow>('SELECT * FROM users WHERE id = $1', [id]);
  return rows[0];
}

/**
 * Inserts the user unless the email is taken, in one statement (no check-then-insert race). Both
 * outcomes run the same query, so they take the same time. Returns the new row, or undefined.
 */
export async function insertUserIfNew(
  db: Queryable,
  user: {
    email: string;
    name: string;
    timeZone: string;
    passwordHash: string;
    verificationTokenHash: string;
    ttlSeconds: number;
  },
): Promise<UserRow | undefined> {
  const { rows } = await db.query<UserRow>(
    `INSERT INTO users (email, name, time_zone, password_hash, verification_token_hash, verification_token_expires_at)
     VALUES ($1, $2, $3, $4, $5, now() + make_interval(secs => $6))
     ON CONFLICT (email) DO NOTHING
     RETURNING *`,
    [user.email, user.name, user.timeZone, user.passwordHash, user.verificationTokenHash, user.ttlSeconds],
  );
  return rows[0];
}

export async function replaceVerificationToken(
  db: Queryable,
  userId: string,
  tokenHash: string,
  ttlSeconds: number,
): Promise<void> {
  await db.query(
    `UPDATE users SET verification_token_hash = $2, verification_token_expires_at = now() + make_interval(secs => $3)
     WHERE id = $1 AND NOT email_verified`,
    [userId, tokenHash, ttlSeconds],
  );
}

/** Locks the user holding this verification token until the transaction ends. */
export async function lockUserByVerificationToken(db: Queryable, tokenHash: string) {
  const { rows } = await db.query<UserRow & { is_expired: boolean }>(
    `SELECT *, verification_token_expires_at <= now() AS is_expired
     FROM users WHERE verification_token_hash = $1 FOR UPDATE`,
    [tokenHash],
  );
  return rows[0];
}

/** The verification token is single use: it is cleared in the same statement that verifies. */
export async function markEmailVerified(db: Queryable, userId: string): Promise<UserRow> {
  const { rows } = await db.query<UserRow>(
    `UPDATE users SET email_verified = TRUE, verification_token_hash = NULL, verification_token_expires_at = NULL
     WHERE id = $1 RETURNING *`,
    [userId],
  );
  return rows[0]!;
}

export async function updatePasswordHash(db: Queryable, userId: string, passwordHash: string): Promise<void> {
  await db.query('UPDATE users SET password_hash = $2 WHERE id = $1', [userId, passwordHash]);
}
