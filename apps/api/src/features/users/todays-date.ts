import { todayIn } from '@hormohelp/contracts';
import type { Pool, PoolClient } from '@hormohelp/db';
import { AppError } from '@hormohelp/server-kit';
import { selectTimeZone } from './user-repository';

/**
 * The person's own date of today, in the time zone of their account; 404 when the account is gone.
 * Every "today" of the API is this one: a log's default date and the latest it may have, and where
 * streaks and windows end.
 */
export async function todaysDateOf(
  db: Pool | PoolClient,
  userId: string,
  now: Date = new Date(),
): Promise<string> {
  const timeZone = await selectTimeZone(db, userId);
  if (timeZone === undefined) throw new AppError('not_found');
  return todayIn(timeZone, now);
}
