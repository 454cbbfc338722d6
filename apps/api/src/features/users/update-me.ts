import { HEALTH_DATA_POLICY_VERSION, type User } from '@hormohelp/contracts';
import { type Pool, toPublicUser } from '@hormohelp/db';
import { AppError } from '@hormohelp/server-kit';
import { updateUser } from './user-repository';

/**
 * PATCH /users/me: `name` and `onboardingData` are each replaced when given; `healthDataConsent`
 * true records consent to the current policy version with the time, false withdraws it (what was
 * logged stays until the person deletes it or the account). A valid token whose account has since
 * been deleted gets 404, never a row of someone else.
 */
export async function updateMe(
  pool: Pool,
  userId: string,
  changes: { name?: string; onboardingData?: Record<string, unknown>; healthDataConsent?: boolean },
): Promise<User> {
  const consentVersion =
    changes.healthDataConsent === undefined
      ? undefined
      : changes.healthDataConsent
        ? HEALTH_DATA_POLICY_VERSION
        : null;
  const row = await updateUser(pool, userId, {
    name: changes.name,
    onboardingData: changes.onboardingData,
    consentVersion,
  });
  if (!row) throw new AppError('not_found');
  return toPublicUser(row);
}
