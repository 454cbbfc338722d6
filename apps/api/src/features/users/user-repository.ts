import { type Pool, USER_PROFILE_COLUMNS, type UserProfileRow } from '@hormohelp/db';

const USER_COLUMNS = USER_PROFILE_COLUMNS;

export interface UserChanges {
  name?: string;
  onboardingData?: Record<string, unknown>;
  /** Set: consent to this policy version; null: withdraw; absent: unchanged. */
  consentVersion?: string | null;
}

/**
 * Sets the given fields of the user's own row (absent fields are kept); null when the user is gone.
 * Consenting again to the version already consented to keeps the original time.
 */
export async function updateUser(
  pool: Pool,
  userId: string,
  changes: UserChanges,
): Promise<UserProfileRow | null> {
  const { rows } = await pool.query<UserProfileRow>(
    `UPDATE users
        SET name = coalesce($2, name),
            onboarding_data = coalesce($3::jsonb, onboarding_data),
            health_data_consent_at = CASE
              WHEN NOT $4 THEN health_data_consent_at
              WHEN $5::text IS NULL THEN NULL
              WHEN health_data_consent_version = $5 THEN health_data_consent_at
              ELSE now() END,
            health_data_consent_version = CASE WHEN $4 THEN $5::text ELSE health_data_consent_version END
      WHERE id = $1
  RETURNING ${USER_COLUMNS}`,
    [
      userId,
      changes.name ?? null,
      changes.onboardingData === undefined ? null : JSON.stringify(changes.onboardingData),
      changes.consentVersion !== undefined,
      changes.consentVersion ?? null,
    ],
  );
  return rows[0] ?? null;
}
