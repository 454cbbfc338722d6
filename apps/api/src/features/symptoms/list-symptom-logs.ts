import type { SymptomLog } from '@hormohelp/contracts';
import type { Pool } from '@hormohelp/db';
import { AppError } from '@hormohelp/server-kit';
import { decodeCursor, encodeCursor, isDateText, isTimestampText, isUuid } from '../../http/cursor';
import { selectSymptomLogs } from './symptom-repository';
import { toSymptomLog } from './to-symptom-log';

export interface SymptomLogQuery {
  from?: string;
  to?: string;
  limit: number;
  cursor?: string;
}

/** One page of the user's logs, newest date first, with the cursor of the next page (null at the end). */
export async function listSymptomLogs(
  pool: Pool,
  userId: string,
  query: SymptomLogQuery,
): Promise<{ items: SymptomLog[]; nextCursor: string | null }> {
  if (query.from && query.to && query.from > query.to) {
    throw new AppError('validation_error', {
      details: { fields: { to: 'The end date is before the start date' } },
    });
  }
  const after = decodeCursor(
    query.cursor,
    ([date, createdAt, id, ...rest]) =>
      isDateText(date) && isTimestampText(createdAt) && isUuid(id) && rest.length === 0,
  );
  // One row more than asked tells whether another page exists without a count.
  const rows = await selectSymptomLogs(pool, userId, { ...query, after, limit: query.limit + 1 });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const hasMore = rows.length > query.limit && last !== undefined;
  return {
    items: page.map(toSymptomLog),
    nextCursor: hasMore ? encodeCursor([last.date, last.created_at_key, last.id]) : null,
  };
}
