import { type PoolClient, USER_PROFILE_COLUMNS, type UserProfileRow } from '@hormohelp/db';

/** Deletes every symptom log of the user; how many there were. */
export async function deleteSymptomLogsOf(client: PoolClient, userId: string): Promise<number> {
  const { rowCount } = await client.query('DELETE FROM symptom_logs WHERE user_id = $1', [userId]);
  return rowCount ?? 0;
}

/** Empties the notes of the user's bookings (the booking itself stays); how many had one. */
export async function clearBookingNotesOf(client: PoolClient, userId: string): Promise<number> {
  const { rowCount } = await client.query(
    "UPDATE bookings SET notes = '' WHERE user_id = $1 AND notes <> ''",
    [userId],
  );
  return rowCount ?? 0;
}

/**
 * Removes the onboarding answers, keeping only `completedAt`: when onboarding was finished is no
 * health data, and without it the person would be sent through onboarding (and asked to consent)
 * again. Undefined when the user is gone.
 */
export async function clearOnboardingAnswersOf(
  client: PoolClient,
  userId: string,
): Promise<UserProfileRow | undefined> {
  const { rows } = await client.query<UserProfileRow>(
    `UPDATE users
        SET onboarding_data = jsonb_strip_nulls(jsonb_build_object('completedAt', onboarding_data -> 'completedAt'))
      WHERE id = $1
  RETURNING ${USER_PROFILE_COLUMNS}`,
    [userId],
  );
  return rows[0];
}
