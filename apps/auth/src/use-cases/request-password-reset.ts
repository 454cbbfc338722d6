import { withTransaction } from '@hormohelp/db';
import { insertResetToken } from '../data/reset-tokens-repository';
import { findUserByEmail } from '../data/users-repository';
import { type AuthDeps, RESET_TOKEN_TTL_SECONDS } from '../deps';
import { generateOpaqueToken, hashToken } from '../security/opaque-tokens';

/**
 * Mails a reset link (1 h, single use) when the email has an account: the token and its mail job
 * commit together. The work runs after the response, so the answer and its timing are the same for
 * every email.
 */
export function requestPasswordReset(deps: AuthDeps, email: string): void {
  deps.background.run('forgot-password', async () => {
    const user = await findUserByEmail(deps.pool, email);
    if (!user) return;
    const token = generateOpaqueToken();
    await withTransaction(deps.pool, async (client) => {
      await insertResetToken(client, user.id, hashToken(token), RESET_TOKEN_TTL_SECONDS);
      await deps.mail.send({ kind: 'reset-password', to: user.email, name: user.name, token }, client);
    });
    deps.mail.wake();
  });
}
