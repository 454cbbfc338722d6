import { randomUUID } from 'node:crypto';
import type { SessionResponse } from '@hormohelp/contracts';
import { toPublicUser } from '@hormohelp/db';
import type { Queryable } from '../data/queryable';
import { insertRefreshToken } from '../data/refresh-tokens-repository';
import type { UserRow } from '../data/users-repository';
import { type AuthDeps, REFRESH_FAMILY_LIFETIME_SECONDS, REFRESH_TOKEN_TTL_SECONDS } from '../deps';
import { generateOpaqueToken, hashToken } from '../security/opaque-tokens';

export interface Session extends SessionResponse {
  /** The raw refresh token, for the cookie only; the database keeps its SHA-256. */
  refreshToken: string;
}

/**
 * Issues an access token and a refresh token for `user`. Without `family` this is a new login and
 * starts a new family; with it, the token joins that family (rotation) and keeps its start.
 */
export async function issueSession(
  db: Queryable,
  deps: Pick<AuthDeps, 'tokens'>,
  user: UserRow,
  context: { userAgent: string | null; family?: { id: string; startedAt: Date } },
): Promise<Session & { refreshTokenId: string }> {
  const refreshToken = generateOpaqueToken();
  const row = await insertRefreshToken(db, {
    userId: user.id,
    familyId: context.family?.id ?? randomUUID(),
    tokenHash: hashToken(refreshToken),
    ttlSeconds: REFRESH_TOKEN_TTL_SECONDS,
    familyStartedAt: context.family?.startedAt ?? null,
    familyLifetimeSeconds: REFRESH_FAMILY_LIFETIME_SECONDS,
    userAgent: context.userAgent?.slice(0, 512) ?? null,
  });
  const accessToken = await deps.tokens.sign({
    id: user.id,
    email: user.email,
    emailVerified: user.email_verified,
  });
  return { accessToken, user: toPublicUser(user), refreshToken, refreshTokenId: row.id };
}
