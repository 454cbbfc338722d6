import { type Pool, type PoolClient, USER_PROFILE_COLUMNS, type UserProfileRow } from '@hormohelp/db';

export interface UserChanges {
  name?: string;
  onboardingData?: Record<string, unknown>;
  timeZone?: string;
  /** Set: consent to this policy version; null: withdraw; absent: unchanged. */
  consentVersion?: string | null;
}

/**
 * Locks the user's row until the transaction ends and returns the policy version consented to (null:
 * no consent); undefined when the user is gone. Every change of consent and every consent-gated write
 * of the person takes turns on this lock.
 */
export async function lockConsentOf(
  client: PoolClient,
  userId: string,
): Promise<{ version: string | null } | undefined> {
  const { rows } = await client.query<{ version: string | null }>(
    'SELECT health_data_consent_version AS version FROM users WHERE id = $1 FOR UPDATE',
    [userId],
  );
  return rows[0];
}

/** Records one change of consent: given to `version`, or withdrawn (null). */
export async function insertConsentEvent(client: PoolClient, userId: string, version: string | null) {
  await client.query('INSERT INTO consent_events (user_id, granted, policy_version) VALUES ($1, $2, $3)', [
    userId,
    version !== null,
    version,
  ]);
}

/**
 * Sets the given fields of the user's own row (absent fields are kept). Consenting again to the
 * version already consented to keeps the original time.
 */
export async function updateUserRow(
  client: PoolClient,
  userId: string,
  changes: UserChanges,
): Promise<UserProfileRow | undefined> {
  const { rows } = await client.query<UserProfileRow>(
    `UPDATE users
        SET name = coalesce($2, name),
            onboarding_data = coalesce($3::jsonb, onboarding_data),
            time_zone = coalesce($6, time_zone),
            health_data_consent_at = CASE
              WHEN NOT $4 THEN health_data_consent_at
              WHEN $5::text IS NULL THEN NULL
              WHEN health_data_consent_version = $5 THEN health_data_consent_at
              ELSE now() END,
            health_data_consent_version = CASE WHEN $4 THEN $5::text ELSE health_data_consent_version END
      WHERE id = $1
  RETURNING ${USER_PROFILE_COLUMNS}`,
    [
      userId,
      changes.name ?? null,
      changes.onboardingData === undefined ? null : JSON.stringify(changes.onboardingData),
      changes.consentVersion !== undefined,
      changes.consentVersion ?? null,
      changes.timeZone ?? null,
    ],
  );
  return rows[0];
}

/** The person's time zone, or undefined when the account is gone. */
export async function selectTimeZone(db: Pool | PoolClient, userId: string): Promise<string | undefined> {
  const { rows } = await db.query<{ time_zone: string }>('SELECT time_zone FROM users WHERE id = $1', [
    userId,
  ]);
  return rows[0]?.time_zone;
}
