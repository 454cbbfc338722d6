import { withTransaction } from '@hormohelp/db';
import { AppError } from '@hormohelp/server-kit';
import { lockUserByVerificationToken, markEmailVerified } from '../data/users-repository';
import type { AuthDeps } from '../deps';
import { hashToken, isSameDigest } from '../security/opaque-tokens';
import { issueSession, type Session } from './start-session';

/** Consumes the verification token (single use, 24 h) and starts a session, in one transaction. */
export async function verifyEmail(
  deps: AuthDeps,
  input: { token: string; userAgent: string | null },
): Promise<Session> {
  const tokenHash = hashToken(input.token);
  return withTransaction(deps.pool, async (db) => {
    const user = await lockUserByVerificationToken(db, tokenHash);
    const isValid = user?.verification_token_hash && isSameDigest(user.verification_token_hash, tokenHash);
    if (!user || !isValid || user.is_expired) throw new AppError('invalid_token');
    const verified = await markEmailVerified(db, user.id);
    return issueSession(db, deps, verified, { userAgent: input.userAgent });
  });
}
