import { withTransaction } from '@hormohelp/db';
import { AppError } from '@hormohelp/server-kit';
import {
  lockRefreshToken,
  markRotated,
  revokeFamily,
  touchRefreshToken,
} from '../data/refresh-tokens-repository';
import { findUserById } from '../data/users-repository';
import type { AuthDeps } from '../deps';
import { hashToken, isSameDigest } from '../security/opaque-tokens';
import { issueSession, type Session } from './start-session';

const expired = () =>
  new AppError('unauthorized', { message: 'Your session has expired. Please sign in again.' });

/**
 * Rotates a refresh token in one transaction that holds a row lock on it: the new token is inserted
 * and the old one marked rotated (kept, so a replay is recognised), or neither.
 *
 * Reuse: a token presented again after it was rotated means two parties hold it. Within the grace
 * window (concurrent tabs refreshing at once) it gets a new sibling token in the same family. We
 * store only hashes, so we cannot hand back the pair already issued; a sibling is the simpler design
 * and is just as safe, since both belong to the family that a later replay revokes. After the
 * window the whole family is revoked (committed) and the answer is 401.
 */
export async function refreshSession(
  deps: AuthDeps,
  input: { refreshToken: string | undefined; userAgent: string | null },
): Promise<Session> {
  if (!input.refreshToken) throw new AppError('unauthorized');
  const tokenHash = hashToken(input.refreshToken);

  const outcome = await withTransaction(deps.pool, async (db) => {
    const current = await lockRefreshToken(db, tokenHash);
    if (!current || !isSameDigest(current.token_hash, tokenHash)) return 'invalid' as const;
    if (current.revoked_at || current.is_expired) return 'invalid' as const;

    const isRotated = current.rotated_at !== null;
    if (
      isRotated &&
      (current.rotated_ms_ago ?? Number.POSITIVE_INFINITY) > deps.options.refreshReuseGraceMs
    ) {
      await revokeFamily(db, current.family_id);
      return 'reused' as const;
    }
    const user = await findUserById(db, current.user_id);
    if (!user) return 'invalid' as const;

    const session = await issueSession(db, deps, user, {
      userAgent: input.userAgent,
      familyId: current.family_id,
    });
    if (isRotated) await touchRefreshToken(db, current.id);
    else await markRotated(db, current.id, session.refreshTokenId);
    return session;
  });

  if (outcome === 'reused') {
    deps.logger.warn({ event: 'refresh_token_reuse' }, 'rotated refresh token replayed; family revoked');
    throw expired();
  }
  if (outcome === 'invalid') throw expired();
  return outcome;
}
