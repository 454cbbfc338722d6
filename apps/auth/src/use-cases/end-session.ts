import { uuidSchema } from '@hormohelp/contracts';
import { AppError } from '@hormohelp/server-kit';
import { findFamilyOfToken, revokeUserFamily } from '../data/sessions-repository';
import type { AuthDeps } from '../deps';
import { hashToken } from '../security/opaque-tokens';

/**
 * Ends one of the user's logins. Someone else's session, an ended one and an id that is not a UUID
 * all answer 404 alike. Returns whether it was the caller's current session (its cookie must go).
 */
export async function endSession(
  deps: Pick<AuthDeps, 'pool'>,
  input: { userId: string; sessionId: string; refreshToken: string | undefined },
): Promise<{ wasCurrent: boolean }> {
  const sessionId = uuidSchema.safeParse(input.sessionId);
  if (!sessionId.success) throw new AppError('not_found');
  if (!(await revokeUserFamily(deps.pool, input.userId, sessionId.data))) throw new AppError('not_found');
  const currentFamily = input.refreshToken
    ? await findFamilyOfToken(deps.pool, input.userId, hashToken(input.refreshToken))
    : undefined;
  return { wasCurrent: currentFamily === sessionId.data };
}
