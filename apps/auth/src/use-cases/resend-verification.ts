import { withTransaction } from '@hormohelp/db';
import { findUserByEmail, replaceVerificationToken } from '../data/users-repository';
import { type AuthDeps, VERIFICATION_TOKEN_TTL_SECONDS } from '../deps';
import { generateOpaqueToken, hashToken } from '../security/opaque-tokens';

/**
 * Mails a fresh verification link to an unverified account (the old link stops working): the new
 * token and its mail job commit together. The work runs after the response, so the answer and its
 * timing are the same for every email.
 */
export function resendVerification(deps: AuthDeps, email: string): void {
  deps.background.run('resend-verification', async () => {
    const user = await findUserByEmail(deps.pool, email);
    if (!user || user.email_verified) return;
    const token = generateOpaqueToken();
    await withTransaction(deps.pool, async (client) => {
      await replaceVerificationToken(client, user.id, hashToken(token), VERIFICATION_TOKEN_TTL_SECONDS);
      await deps.mail.send({ kind: 'verify-email', to: user.email, name: user.name, token }, client);
    });
    deps.mail.wake();
  });
}
