import { createHash } from 'node:crypto';
import { withTransaction } from '@hormohelp/db';
import { AppError } from '@hormohelp/server-kit';
import {
  anonymiseOrdersOf,
  deleteRateLimitKeys,
  deleteUserRow,
  removeFromLegacyLikes,
} from '../data/account-erasure-repository';
import { findUserById } from '../data/users-repository';
import type { AuthDeps } from '../deps';
import { RULES } from '../rate-limit/rate-limit';

/**
 * Erasure (GDPR Art. 17). The password is checked first, with the same bounded Argon2 hasher as
 * login. Then one transaction detaches the orders (kept for accounting), and deletes the user, which
 * cascades to everything else they own: logs, posts, comments, likes, bookings, cart, reset tokens
 * and every refresh token, so no session can refresh again. An access token already issued keeps
 * verifying at the API until it expires (15 min), but finds nothing of the person left.
 */
export async function deleteAccount(
  deps: Pick<AuthDeps, 'pool' | 'hasher' | 'logger'>,
  input: { userId: string; password: string },
): Promise<void> {
  const user = await findUserById(deps.pool, input.userId);
  // An unknown user still costs one verification, like a wrong password.
  const matches = await deps.hasher.verify(user?.password_hash, input.password);
  if (!user) throw new AppError('unauthorized');
  if (!matches) throw new AppError('invalid_credentials', { message: 'That password is not right.' });

  const emailHash = createHash('sha256').update(user.email).digest('hex');
  const erased = await withTransaction(deps.pool, async (db) => {
    await anonymiseOrdersOf(db, user.id);
    await removeFromLegacyLikes(db, user.id);
    await deleteRateLimitKeys(db, [
      `${RULES.resendVerification.name}:${emailHash}`,
      `${RULES.forgotPassword.name}:${emailHash}`,
    ]);
    return deleteUserRow(db, user.id);
  });
  // Deleted by a concurrent request in the meantime: the outcome the caller asked for, all the same.
  if (erased) deps.logger.info({ event: 'account_erased' }, 'account erased');
}
