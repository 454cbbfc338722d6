import { withTransaction } from '@hormohelp/db';
import { AppError } from '@hormohelp/server-kit';
import { revokeAllOfUser } from '../data/refresh-tokens-repository';
import { lockResetToken, markAllResetTokensUsed } from '../data/reset-tokens-repository';
import { markEmailVerified, updatePasswordHash } from '../data/users-repository';
import type { AuthDeps } from '../deps';
import { hashToken, isSameDigest } from '../security/opaque-tokens';
import { rejectCommonPassword } from './common-password-check';

type ResetTokenRow = Awaited<ReturnType<typeof lockResetToken>>;

function isUsable(row: ResetTokenRow, tokenHash: string): row is NonNullable<ResetTokenRow> {
  return !!row && isSameDigest(row.token_hash, tokenHash) && !row.used && !row.is_expired;
}

/**
 * Sets the new password, uses up every reset link of the user, revokes all of their sessions and
 * marks the email verified (the link reached that inbox, which proves control of the address), in
 * one transaction. The token is checked before the (expensive) hash so that a bad token costs
 * nothing, and checked again under the row lock so that it works once only.
 */
export async function resetPassword(
  deps: AuthDeps,
  input: { token: string; password: string },
): Promise<void> {
  rejectCommonPassword(input.password);
  const tokenHash = hashToken(input.token);
  if (!isUsable(await lockResetToken(deps.pool, tokenHash), tokenHash)) throw new AppError('invalid_token');

  const passwordHash = await deps.hasher.hash(input.password);
  await withTransaction(deps.pool, async (db) => {
    const row = await lockResetToken(db, tokenHash);
    if (!isUsable(row, tokenHash)) throw new AppError('invalid_token');
    await updatePasswordHash(db, row.user_id, passwordHash);
    await markAllResetTokensUsed(db, row.user_id);
    await revokeAllOfUser(db, row.user_id);
    await markEmailVerified(db, row.user_id);
  });
}
