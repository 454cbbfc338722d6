import type { Booking } from '@hormohelp/contracts';
import type { Pool } from '@hormohelp/db';
import { decodeCursor, encodeCursor, isTimestampText, isUuid } from '../../http/cursor';
import { selectBookings } from './booking-repository';
import { toBooking } from './to-booking';

/** The person's own bookings (cancelled ones included, with their status), newest first. */
export async function listBookings(
  pool: Pool,
  userId: string,
  query: { limit: number; cursor?: string },
): Promise<{ items: Booking[]; nextCursor: string | null }> {
  const after = decodeCursor(
    query.cursor,
    ([createdAt, id, ...rest]) => isTimestampText(createdAt) && isUuid(id) && rest.length === 0,
  );
  const rows = await selectBookings(pool, userId, { after, limit: query.limit + 1 });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(toBooking),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.created_at_key, last.id]) : null,
  };
}
