import type { PoolClient } from '@hormohelp/db';
import { insertResetToken } from '../data/reset-tokens-repository';
import { findUserByEmail } from '../data/users-repository';
import { type AuthDeps, RESET_TOKEN_TTL_SECONDS } from '../deps';
import { generateOpaqueToken, hashToken } from '../security/opaque-tokens';

/** Asks for a reset link for `email`: a durable job, written the same way for every address. */
export function requestPasswordReset(deps: AuthDeps, email: string): Promise<void> {
  return deps.mailRequests.send({ kind: 'reset-password', email });
}

/**
 * The request's work, in its job's transaction: when the email has an account, a reset token (1 h,
 * single use) and the mail carrying it, which commit together.
 */
export async function writeResetMail(deps: AuthDeps, client: PoolClient, email: string): Promise<void> {
  const user = await findUserByEmail(client, email);
  if (!user) return;
  const token = generateOpaqueToken();
  await insertResetToken(client, user.id, hashToken(token), RESET_TOKEN_TTL_SECONDS);
  await deps.mail.send({ kind: 'reset-password', to: user.email, name: user.name, token }, client);
}
