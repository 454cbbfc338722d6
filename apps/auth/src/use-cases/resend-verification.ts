import { findUserByEmail, replaceVerificationToken } from '../data/users-repository';
import { type AuthDeps, VERIFICATION_TOKEN_TTL_SECONDS } from '../deps';
import { verifyEmailMail } from '../mail/verify-email-mail';
import { generateOpaqueToken, hashToken } from '../security/opaque-tokens';

/**
 * Mails a fresh verification link to an unverified account (the old link stops working). The work
 * runs after the response, so the answer and its timing are the same for every email.
 */
export function resendVerification(deps: AuthDeps, email: string): void {
  deps.background.run('resend-verification', async () => {
    const user = await findUserByEmail(deps.pool, email);
    if (!user || user.email_verified) return;
    const token = generateOpaqueToken();
    await replaceVerificationToken(deps.pool, user.id, hashToken(token), VERIFICATION_TOKEN_TTL_SECONDS);
    deps.mail.send({
      to: user.email,
      kind: 'verify-email',
      ...verifyEmailMail({ name: user.name, token, frontendOrigin: deps.config.FRONTEND_ORIGIN }),
    });
  });
}
