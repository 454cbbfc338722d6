import type { Pool } from '@hormohelp/db';

export interface UserRow {
  id: string;
  email: string;
  name: string;
  email_verified: boolean;
  onboarding_data: Record<string, unknown>;
  created_at: Date;
}

const USER_COLUMNS = 'id, email, name, email_verified, onboarding_data, created_at';

/** Sets the given fields of the user's own row (absent fields are kept); null when the user is gone. */
export async function updateUser(
  pool: Pool,
  userId: string,
  changes: { name?: string; onboardingData?: Record<string, unknown> },
): Promise<UserRow | null> {
  const { rows } = await pool.query<UserRow>(
    `UPDATE users
        SET name = coalesce($2, name),
            onboarding_data = coalesce($3::jsonb, onboarding_data)
      WHERE id = $1
  RETURNING ${USER_COLUMNS}`,
    [
      userId,
      changes.name ?? null,
      changes.onboardingData === undefined ? null : JSON.stringify(changes.onboardingData),
    ],
  );
  return rows[0] ?? null;
}
