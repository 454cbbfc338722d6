import { findFamilyOfToken, revokeOtherFamilies } from '../data/sessions-repository';
import type { AuthDeps } from '../deps';
import { hashToken } from '../security/opaque-tokens';

/**
 * Ends every login of the user but the one whose refresh cookie came with the request. Without a
 * cookie of theirs there is no current login to keep, so every one ends.
 */
export async function endOtherSessions(
  deps: Pick<AuthDeps, 'pool'>,
  input: { userId: string; refreshToken: string | undefined },
): Promise<void> {
  const currentFamily = input.refreshToken
    ? await findFamilyOfToken(deps.pool, input.userId, hashToken(input.refreshToken))
    : undefined;
  await revokeOtherFamilies(deps.pool, input.userId, currentFamily ?? null);
}
