import type { User } from '@hormohelp/contracts';
import { toPublicUser } from '@hormohelp/db';
import { AppError } from '@hormohelp/server-kit';
import { findUserById } from '../data/users-repository';
import type { AuthDeps } from '../deps';

/** The user a valid access token names, read fresh: an account deleted since gets 401. */
export async function getMe(deps: Pick<AuthDeps, 'pool'>, userId: string): Promise<User> {
  const user = await findUserById(deps.pool, userId);
  if (!user) throw new AppError('unauthorized');
  return toPublicUser(user);
}
