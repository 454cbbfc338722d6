import type { User } from '@hormohelp/contracts';

/** The columns of `users` that make up the contract's `user`: never the password hash or token columns. */
export interface UserProfileRow {
  id: string;
  email: string;
  name: string;
  email_verified: boolean;
  onboarding_data: Record<string, unknown>;
  time_zone: string;
  health_data_consent_at: Date | null;
  health_data_consent_version: string | null;
  created_at: Date;
}

export const USER_PROFILE_COLUMNS =
  'id, email, name, email_verified, onboarding_data, time_zone, health_data_consent_at, health_data_consent_version, created_at';

/** The contract's `user`, the same from the auth service (login, refresh, me) and the API (PATCH /users/me). */
export function toPublicUser(row: UserProfileRow): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    emailVerified: row.email_verified,
    onboardingData: row.onboarding_data,
    timeZone: row.time_zone,
    healthDataConsent: row.health_data_consent_at !== null,
    createdAt: row.created_at.toISOString(),
  };
}
