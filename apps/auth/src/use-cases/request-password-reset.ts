import { insertResetToken } from '../data/reset-tokens-repository';
import { findUserByEmail } from '../data/users-repository';
import { type AuthDeps, RESET_TOKEN_TTL_SECONDS } from '../deps';
import { resetPasswordMail } from '../mail/reset-password-mail';
import { generateOpaqueToken, hashToken } from '../security/opaque-tokens';

/**
 * Mails a reset link (1 h, single use) when the email has an account. The work runs after the
 * response, so the answer and its timing are the same for every email.
 */
export function requestPasswordReset(deps: AuthDeps, email: string): void {
  deps.background.run('forgot-password', async () => {
    const user = await findUserByEmail(deps.pool, email);
    if (!user) return;
    const token = generateOpaqueToken();
    await insertResetToken(deps.pool, user.id, hashToken(token), RESET_TOKEN_TTL_SECONDS);
    deps.mail.send({
      to: user.email,
      kind: 'reset-password',
      ...resetPasswordMail({ name: user.name, token, frontendOrigin: deps.config.FRONTEND_ORIGIN }),
    });
  });
}
