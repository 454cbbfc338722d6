import { HEALTH_DATA_POLICY_VERSION, type User } from '@hormohelp/contracts';
import { type Pool, toPublicUser, withTransaction } from '@hormohelp/db';
import { AppError } from '@hormohelp/server-kit';
import { insertConsentEvent, lockConsentOf, updateUserRow } from './user-repository';

/**
 * PATCH /users/me: `name`, `onboardingData` and `timeZone` are each replaced when given;
 * `healthDataConsent` true records consent to the current policy version with the time, false
 * withdraws it. Onboarding
 * answers are health data (conditions, cycle), so they are stored only with consent, given before or
 * in the same request (recorded first); without it the whole request is 403 `consent_required` and
 * nothing changes. A valid token whose account has since been deleted gets 404.
 */
export async function updateMe(
  pool: Pool,
  userId: string,
  changes: {
    name?: string;
    onboardingData?: Record<string, unknown>;
    timeZone?: string;
    healthDataConsent?: boolean;
  },
): Promise<User> {
  const consentVersion =
    changes.healthDataConsent === undefined
      ? undefined
      : changes.healthDataConsent
        ? HEALTH_DATA_POLICY_VERSION
        : null;
  const row = await withTransaction(pool, async (client) => {
    const current = await lockConsentOf(client, userId);
    if (!current) return undefined;
    const hasConsent = consentVersion === undefined ? current.version !== null : consentVersion !== null;
    if (changes.onboardingData !== undefined && !hasConsent) throw new AppError('consent_required');
    // Saying the same thing twice is not a change of consent.
    if (consentVersion !== undefined && consentVersion !== current.version)
      await insertConsentEvent(client, userId, consentVersion);
    return updateUserRow(client, userId, {
      name: changes.name,
      onboardingData: changes.onboardingData,
      timeZone: changes.timeZone,
      consentVersion,
    });
  });
  if (!row) throw new AppError('not_found');
  return toPublicUser(row);
}
