import type { PoolClient } from '@hormohelp/db';
import { AppError } from '@hormohelp/server-kit';
import { lockConsentOf } from './user-repository';

/**
 * For a write of health data inside `client`'s transaction: 403 `consent_required` unless the person
 * consents, 404 when the account is gone. The user row stays locked until the write commits, so a
 * withdrawal of consent waits for it and is never overtaken by it.
 */
export async function assertHealthDataConsent(client: PoolClient, userId: string): Promise<void> {
  const consent = await lockConsentOf(client, userId);
  if (!consent) throw new AppError('not_found');
  if (consent.version === null) throw new AppError('consent_required');
}
