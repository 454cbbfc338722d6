import { findUserByEmail, insertUserIfNew } from '../data/users-repository';
import { type AuthDeps, VERIFICATION_TOKEN_TTL_SECONDS } from '../deps';
import { existingAccountMail } from '../mail/existing-account-mail';
import { verifyEmailMail } from '../mail/verify-email-mail';
import { generateOpaqueToken, hashToken } from '../security/opaque-tokens';
import { rejectCommonPassword } from './common-password-check';

/**
 * Creates the account and mails a verification link; for an email that already has an account,
 * mails its owner a notice instead. Both paths hash the password and run the same INSERT, and the
 * caller answers the same either way: nobody learns whether an address is registered.
 */
export async function signUp(
  deps: AuthDeps,
  input: { email: string; password: string; name: string },
): Promise<void> {
  rejectCommonPassword(input.password);
  const passwordHash = await deps.hasher.hash(input.password);
  const token = generateOpaqueToken();
  const created = await insertUserIfNew(deps.pool, {
    email: input.email,
    name: input.name,
    passwordHash,
    verificationTokenHash: hashToken(token),
    ttlSeconds: VERIFICATION_TOKEN_TTL_SECONDS,
  });
  const frontendOrigin = deps.config.FRONTEND_ORIGIN;

  if (created) {
    deps.mail.send({
      to: created.email,
      kind: 'verify-email',
      ...verifyEmailMail({ name: created.name, token, frontendOrigin }),
    });
    return;
  }
  // The notice greets the owner by the name they chose, never by what this request typed.
  deps.background.run('existing-account-notice', async () => {
    const owner = await findUserByEmail(deps.pool, input.email);
    if (owner) {
      deps.mail.send({
        to: owner.email,
        kind: 'existing-account',
        ...existingAccountMail({ name: owner.name, frontendOrigin }),
      });
    }
  });
}
