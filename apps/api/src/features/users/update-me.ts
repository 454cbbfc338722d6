import type { User } from '@hormohelp/contracts';
import type { Pool } from '@hormohelp/db';
import { AppError } from '@hormohelp/server-kit';
import { type UserRow, updateUser } from './user-repository';

export function toUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    emailVerified: row.email_verified,
    onboardingData: row.onboarding_data,
    createdAt: row.created_at.toISOString(),
  };
}

/**
 * PATCH /users/me: `name` and `onboardingData` are each replaced when given. A valid token whose
 * account has since been deleted gets 404, never a row of someone else.
 */
export async function updateMe(
  pool: Pool,
  userId: string,
  changes: { name?: string; onboardingData?: Record<string, unknown> },
): Promise<User> {
  const row = await updateUser(pool, userId, changes);
  if (!row) throw new AppError('not_found');
  return toUser(row);
}
