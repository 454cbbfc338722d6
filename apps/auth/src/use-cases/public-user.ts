import type { User } from '@hormohelp/contracts';
import type { UserRow } from '../data/users-repository';

/** The contract's `user`: never the password hash or token columns. */
export function toPublicUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    emailVerified: row.email_verified,
    onboardingData: row.onboarding_data,
    healthDataConsent: row.health_data_consent_at !== null,
    createdAt: row.created_at.toISOString(),
  };
}
