import type { Queryable } from './queryable';

export interface RefreshTokenRow {
  id: string;
  user_id: string;
  family_id: string;
  token_hash: string;
  expires_at: Date;
  replaced_by: string | null;
  rotated_at: Date | null;
  revoked_at: Date | null;
  user_agent: string | null;
  last_used_at: Date | null;
  created_at: Date;
  family_started_at: Date;
  grace_reissued_at: Date | null;
}

export async function insertRefreshToken(
  db: Queryable,
  token: {
    userId: string;
    familyId: string;
    tokenHash: string;
    ttlSeconds: number;
    userAgent: string | null;
    /** The family's start when the token joins one (rotation); a new family starts now. */
    familyStartedAt: Date | null;
    familyLifetimeSeconds: number;
  },
): Promise<RefreshTokenRow> {
  // No token outlives its family, so the sessions list and the expiry check agree on when it ends.
  const { rows } = await db.query<RefreshTokenRow>(
    `INSERT INTO refresh_tokens (user_id, family_id, token_hash, expires_at, user_agent, last_used_at, family_started_at)
     SELECT $1, $2, $3, LEAST(now() + make_interval(secs => $4), started + make_interval(secs => $7)), $5, now(), started
       FROM (SELECT coalesce($6::timestamptz, now()) AS started) AS family
     RETURNING *`,
    [
      token.userId,
      token.familyId,
      token.tokenHash,
      token.ttlSeconds,
      token.userAgent,
      token.familyStartedAt,
      token.familyLifetimeSeconds,
    ],
  );
  return rows[0]!;
}

/**
 * Locks the presented token's row until the transaction ends, so two refreshes with one token take
 * turns. `age_ms`/`rotated_ms_ago` come from the database clock, the one clock every instance shares.
 */
export async function lockRefreshToken(db: Queryable, tokenHash: string, familyLifetimeSeconds: number) {
  const { rows } = await db.query<RefreshTokenRow & { is_expired: boolean; rotated_ms_ago: number | null }>(
    `SELECT *, (expires_at <= now() OR family_started_at + make_interval(secs => $2) <= now()) AS is_expired,
            (EXTRACT(EPOCH FROM (now() - rotated_at)) * 1000)::float8 AS rotated_ms_ago
     FROM refresh_tokens WHERE token_hash = $1 FOR UPDATE`,
    [tokenHash, familyLifetimeSeconds],
  );
  return rows[0];
}

export async function markRotated(db: Queryable, id: string, replacedBy: string): Promise<void> {
  await db.query(
    `UPDATE refresh_tokens SET rotated_at = now(), replaced_by = $2, last_used_at = now() WHERE id = $1`,
    [id, replacedBy],
  );
}

/** A rotated token has had its one successor inside the grace window. */
export async function markGraceReissued(db: Queryable, id: string): Promise<void> {
  await db.query('UPDATE refresh_tokens SET grace_reissued_at = now(), last_used_at = now() WHERE id = $1', [
    id,
  ]);
}

export async function revokeFamily(db: Queryable, familyId: string): Promise<void> {
  await db.query('UPDATE refresh_tokens SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL', [
    familyId,
  ]);
}

/** Logout: the family of whatever token was presented, if it is one of ours. */
export async function revokeFamilyOfToken(db: Queryable, tokenHash: string): Promise<void> {
  await db.query(
    `UPDATE refresh_tokens SET revoked_at = now()
     WHERE family_id = (SELECT family_id FROM refresh_tokens WHERE token_hash = $1) AND revoked_at IS NULL`,
    [tokenHash],
  );
}

export async function revokeAllOfUser(db: Queryable, userId: string): Promise<void> {
  await db.query('UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL', [
    userId,
  ]);
}
