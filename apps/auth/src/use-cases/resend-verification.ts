import type { PoolClient } from '@hormohelp/db';
import { findUserByEmail, replaceVerificationToken } from '../data/users-repository';
import { type AuthDeps, VERIFICATION_TOKEN_TTL_SECONDS } from '../deps';
import { generateOpaqueToken, hashToken } from '../security/opaque-tokens';

/** Asks for a fresh verification link for `email`: a durable job, written the same way for every address. */
export function resendVerification(deps: AuthDeps, email: string): Promise<void> {
  return deps.mailRequests.send({ kind: 'verify-email', email });
}

/**
 * The request's work, in its job's transaction: when the email has an unverified account, a new
 * verification token (the old link stops working) and the mail carrying it, which commit together.
 */
export async function writeVerificationMail(
  deps: AuthDeps,
  client: PoolClient,
  email: string,
): Promise<void> {
  const user = await findUserByEmail(client, email);
  if (!user || user.email_verified) return;
  const token = generateOpaqueToken();
  await replaceVerificationToken(client, user.id, hashToken(token), VERIFICATION_TOKEN_TTL_SECONDS);
  await deps.mail.send({ kind: 'verify-email', to: user.email, name: user.name, token }, client);
}
