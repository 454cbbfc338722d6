import type { Queryable } from './queryable';

/** One login: its refresh-token family, summarised over every token rotation produced. */
export interface SessionRow {
  family_id: string;
  created_at: Date;
  last_used_at: Date;
  user_agent: string | null;
}

/**
 * The user's live logins. A family is live while none of its rows is revoked (revocation marks the
 * whole family) and it still holds a token that has neither been rotated nor expired.
 */
export async function selectActiveSessions(db: Queryable, userId: string): Promise<SessionRow[]> {
  const { rows } = await db.query<SessionRow>(
    `SELECT family_id,
            min(created_at) AS created_at,
            max(coalesce(last_used_at, created_at)) AS last_used_at,
            (array_agg(user_agent ORDER BY created_at DESC))[1] AS user_agent
       FROM refresh_tokens
      WHERE user_id = $1
      GROUP BY family_id
     HAVING bool_and(revoked_at IS NULL) AND bool_or(rotated_at IS NULL AND expires_at > now())
      ORDER BY max(coalesce(last_used_at, created_at)) DESC, family_id`,
    [userId],
  );
  return rows;
}

/** The family of a presented refresh token, only when it is this user's. */
export async function findFamilyOfToken(
  db: Queryable,
  userId: string,
  tokenHash: string,
): Promise<string | undefined> {
  const { rows } = await db.query<{ family_id: string }>(
    'SELECT family_id FROM refresh_tokens WHERE token_hash = $1 AND user_id = $2',
    [tokenHash, userId],
  );
  return rows[0]?.family_id;
}

/** Ends one of the user's live logins; false when they have no such live login. */
export async function revokeUserFamily(db: Queryable, userId: string, familyId: string): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE refresh_tokens SET revoked_at = now()
      WHERE user_id = $1 AND family_id = $2 AND revoked_at IS NULL`,
    [userId, familyId],
  );
  return (rowCount ?? 0) > 0;
}

/** Ends every login of the user except `keepFamilyId` (every one when it is null). */
export async function revokeOtherFamilies(
  db: Queryable,
  userId: string,
  keepFamilyId: string | null,
): Promise<void> {
  await db.query(
    `UPDATE refresh_tokens SET revoked_at = now()
      WHERE user_id = $1 AND revoked_at IS NULL AND family_id IS DISTINCT FROM $2::uuid`,
    [userId, keepFamilyId],
  );
}
