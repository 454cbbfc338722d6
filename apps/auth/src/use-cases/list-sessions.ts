import type { ActiveSession } from '@hormohelp/contracts';
import { findFamilyOfToken, selectActiveSessions } from '../data/sessions-repository';
import type { AuthDeps } from '../deps';
import { hashToken } from '../security/opaque-tokens';

/** The user's live logins, most recently used first; `current` is the family of the cookie sent. */
export async function listSessions(
  deps: Pick<AuthDeps, 'pool'>,
  input: { userId: string; refreshToken: string | undefined },
): Promise<ActiveSession[]> {
  const currentFamily = input.refreshToken
    ? await findFamilyOfToken(deps.pool, input.userId, hashToken(input.refreshToken))
    : undefined;
  const rows = await selectActiveSessions(deps.pool, input.userId);
  return rows.map((row) => ({
    id: row.family_id,
    createdAt: row.created_at.toISOString(),
    lastUsedAt: row.last_used_at.toISOString(),
    userAgent: row.user_agent,
    current: row.family_id === currentFamily,
  }));
}
