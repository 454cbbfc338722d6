import { AppError, enforceRateLimit } from '@hormohelp/server-kit';
import { findUserByEmail, type UserRow } from '../data/users-repository';
import type { AuthDeps } from '../deps';
import { emailKeyOf } from '../rate-limit/client-keys';
import { LOGIN_FAILURES } from '../rate-limit/rate-limit';
import { issueSession, type Session } from './start-session';

/**
 * One full Argon2 verification whatever happens: against the user's hash, or the start-up dummy
 * when the email is unknown, so a wrong email and a wrong password cost the same time.
 * Unverified accounts log in too; their token says `emailVerified: false`.
 *
 * Each attempt is counted against the account's failure budget before the password is checked, so
 * parallel guesses cannot all pass a check their own failures have not reached yet; an attempt
 * that succeeds, or that a fault (not the password) ended, is taken back.
 */
export async function logIn(
  deps: AuthDeps,
  input: { email: string; password: string; userAgent: string | null },
): Promise<Session> {
  const failures = `${LOGIN_FAILURES.name}:${emailKeyOf(input.email)}`;
  await enforceRateLimit(deps.rateLimits, failures, LOGIN_FAILURES.limit, LOGIN_FAILURES.windowMs);
  let user: UserRow | undefined;
  let matches: boolean;
  try {
    user = await findUserByEmail(deps.pool, input.email);
    matches = await deps.hasher.verify(user?.password_hash, input.password);
  } catch (error) {
    await deps.rateLimits.release(failures);
    throw error;
  }
  if (!user || !matches) throw new AppError('invalid_credentials');
  await deps.rateLimits.release(failures);
  return issueSession(deps.pool, deps, user, { userAgent: input.userAgent });
}
