import { DEFAULT_TIME_ZONE } from '@hormohelp/contracts';
import { withTransaction } from '@hormohelp/db';
import { findUserByEmail, insertUserIfNew } from '../data/users-repository';
import { type AuthDeps, VERIFICATION_TOKEN_TTL_SECONDS } from '../deps';
import { generateOpaqueToken, hashToken } from '../security/opaque-tokens';
import { rejectCommonPassword } from './common-password-check';

/**
 * Creates the account and queues a verification link; for an email that already has an account,
 * queues its owner a notice instead. Both paths hash the password, run the same INSERT and write one
 * mail job in the same transaction, and the caller answers the same either way: nobody learns
 * whether an address is registered. A new account's mail job commits with its row and token.
 */
export async function signUp(
  deps: AuthDeps,
  input: { email: string; password: string; name: string; timeZone?: string },
): Promise<void> {
  rejectCommonPassword(input.password);
  const passwordHash = await deps.hasher.hash(input.password);
  const token = generateOpaqueToken();
  await withTransaction(deps.pool, async (client) => {
    const created = await insertUserIfNew(client, {
      email: input.email,
      name: input.name,
      timeZone: input.timeZone ?? DEFAULT_TIME_ZONE,
      passwordHash,
      verificationTokenHash: hashToken(token),
      ttlSeconds: VERIFICATION_TOKEN_TTL_SECONDS,
    });
    if (created) {
      await deps.mail.send({ kind: 'verify-email', to: created.email, name: created.name, token }, client);
      return;
    }
    // The notice greets the owner by the name they chose, never by what this request typed.
    const owner = await findUserByEmail(client, input.email);
    if (owner) await deps.mail.send({ kind: 'existing-account', to: owner.email, name: owner.name }, client);
  });
  deps.mail.wake();
}
