import { type Pool, USER_PROFILE_COLUMNS, type UserProfileRow, withTransaction } from '@hormohelp/db';

const USER_COLUMNS = USER_PROFILE_COLUMNS;

export interface UserChanges {
  name?: string;
  onboardingData?: Record<string, unknown>;
  /** Set: consent to this policy version; null: withdraw; absent: unchanged. */
  consentVersion?: string | null;
}

/**
 * Sets the given fields of the user's own row (absent fields are kept); null when the user is gone.
 * Consenting again to the version already consented to keeps the original time. A change of consent
 * (given, to a new version, or withdrawn) is also recorded in consent_events, in the same transaction.
 */
export async function updateUser(
  pool: Pool,
  userId: string,
  changes: UserChanges,
): Promise<UserProfileRow | null> {
  return withTransaction(pool, async (client) => {
    const { rows: current } = await client.query<{ version: string | null }>(
      'SELECT health_data_consent_version AS version FROM users WHERE id = $1 FOR UPDATE',
      [userId],
    );
    if (!current[0]) return null;
    const { rows } = await client.query<UserProfileRow>(
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
    if (changes.consentVersion !== undefined && changes.consentVersion !== current[0].version)
      await client.query(
        'INSERT INTO consent_events (user_id, granted, policy_version) VALUES ($1, $2, $3)',
        [userId, changes.consentVersion !== null, changes.consentVersion],
      );
    return rows[0] ?? null;
  });
}
