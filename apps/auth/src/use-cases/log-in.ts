import { AppError } from '@hormohelp/server-kit';
import { findUserByEmail } from '../data/users-repository';
import type { AuthDeps } from '../deps';
import { issueSession, type Session } from './start-session';

/**
 * One full Argon2 verification whatever happens: against the user's hash, or the start-up dummy
 * when the email is unknown, so a wrong email and a wrong password cost the same time.
 * Unverified accounts log in too; their token says `emailVerified: false`.
 */
export async function logIn(
  deps: AuthDeps,
  input: { email: string; password: string; userAgent: string | null },
): Promise<Session> {
  const user = await findUserByEmail(deps.pool, input.email);
  const matches = await deps.hasher.verify(user?.password_hash, input.password);
  if (!user || !matches) throw new AppError('invalid_credentials');
  return issueSession(deps.pool, deps, user, { userAgent: input.userAgent });
}
