import type { User } from '@hormohelp/contracts';
import { toPublicUser } from '@hormohelp/db';
import { AppError } from '@hormohelp/server-kit';
import { findUserById } from '../data/users-repository';
import type { AuthDeps } from '../deps';

/** The user behind a valid access token, read fresh (a deleted account gets 401). */
export async function getMe(deps: AuthDeps, accessToken: string | undefined): Promise<User> {
  const claims = accessToken ? await deps.tokens.verify(accessToken).catch(() => undefined) : undefined;
  if (!claims) throw new AppError('unauthorized');
  const user = await findUserById(deps.pool, claims.sub);
  if (!user) throw new AppError('unauthorized');
  return toPublicUser(user);
}
