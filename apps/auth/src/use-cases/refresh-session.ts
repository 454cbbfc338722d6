import { withTransaction } from '@hormohelp/db';
import { AppError } from '@hormohelp/server-kit';
import {
  lockRefreshToken,
  markGraceReissued,
  markRotated,
  revokeFamily,
} from '../data/refresh-tokens-repository';
import { findUserById } from '../data/users-repository';
import { type AuthDeps, REFRESH_FAMILY_LIFETIME_SECONDS } from '../deps';
import { hashToken, isSameDigest } from '../security/opaque-tokens';
import { issueSession, type Session } from './start-session';

const expired = () =>
  new AppError('unauthorized', { message: 'Your session has expired. Please sign in again.' });

/**
 * Rotates a refresh token in one transaction that holds a row lock on it: the new token is inserted
 * and the old one marked rotated (kept, so a replay is recognised), or neither.
 *
 * Reuse: a token presented again after it was rotated means two parties hold it. Within the grace
 * window (two tabs refreshing at once) it gets one new sibling token in the same family. We store
 * only hashes, so we cannot hand back the pair already issued; a sibling is the simpler design and
 * is just as safe, since both belong to the family that a later replay revokes. One sibling only:
 * two tabs need no more, and a thief replaying a stolen token in the window must not be able to
 * mint sessions. Any further presentation, or one after the window, revokes the whole family
 * (committed) and the answer is 401. A family past its absolute lifetime is refused like an expired
 * token, whatever its rotations.
 */
export async function refreshSession(
  deps: AuthDeps,
  input: { refreshToken: string | undefined; userAgent: string | null },
): Promise<Session> {
  if (!input.refreshToken) throw new AppError('unauthorized');
  const tokenHash = hashToken(input.refreshToken);

  const outcome = await withTransaction(deps.pool, async (db) => {
    const current = await lockRefreshToken(db, tokenHash, REFRESH_FAMILY_LIFETIME_SECONDS);
    if (!current || !isSameDigest(current.token_hash, tokenHash)) return 'invalid' as const;
    if (current.revoked_at || current.is_expired) return 'invalid' as const;

    const isRotated = current.rotated_at !== null;
    const canReissueInGrace =
      (current.rotated_ms_ago ?? Number.POSITIVE_INFINITY) <= deps.options.refreshReuseGraceMs &&
      current.grace_reissued_at === null;
    if (isRotated && !canReissueInGrace) {
      await revokeFamily(db, current.family_id);
      return 'reused' as const;
    }
    const user = await findUserById(db, current.user_id);
    if (!user) return 'invalid' as const;

    const session = await issueSession(db, deps, user, {
      userAgent: input.userAgent,
      family: { id: current.family_id, startedAt: current.family_started_at },
    });
    if (isRotated) await markGraceReissued(db, current.id);
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
