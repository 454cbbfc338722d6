import type { Pool, PoolClient } from '@hormohelp/db';
import { cursorTimestampSql } from '../../http/cursor';

export interface BookingRow {
  id: string;
  expert_id: string;
  type: 'video' | 'phone' | 'chat';
  date: string;
  time: string;
  status: string;
  notes: string;
  created_at: Date;
  created_at_key: string;
}

const COLUMNS = `id, expert_id, type, date, time, status, notes, created_at,
  ${cursorTimestampSql('created_at')} AS created_at_key`;

/** Slots taken by anyone (bookings not cancelled) between two dates, inclusive. */
export async function selectTakenSlots(pool: Pool, fromDate: string, toDate: string) {
  const { rows } = await pool.query<{ expert_id: string; date: string; time: string }>(
    `SELECT expert_id, date, time FROM bookings WHERE status <> 'cancelled' AND date BETWEEN $1 AND $2`,
    [fromDate, toDate],
  );
  return rows;
}

/**
 * Makes the person's other bookings wait for this transaction to end, so what it counts of their
 * bookings stays true until its own insert is committed. Other people's bookings do not wait.
 */
export async function lockBookingsOf(client: PoolClient, userId: string): Promise<void> {
  await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`bookings:${userId}`]);
}

/** The slots of the person's bookings that are not cancelled, dated on or after `fromDate`. */
export async function selectHeldSlots(client: PoolClient, userId: string, fromDate: string) {
  const { rows } = await client.query<{ date: string; time: string }>(
    `SELECT date, time FROM bookings WHERE user_id = $1 AND status <> 'cancelled' AND date >= $2`,
    [userId, fromDate],
  );
  return rows;
}

/** Fails with a unique violation (bookings_expert_slot_idx) when the slot is already taken. */
export async function insertBooking(
  client: PoolClient,
  userId: string,
  booking: { expertId: string; type: string; date: string; time: string; notes: string },
): Promise<BookingRow> {
  const { rows } = await client.query<BookingRow>(
    `INSERT INTO bookings (user_id, expert_id, type, date, time, notes, status)
     VALUES ($1, $2, $3, $4, $5, $6, 'confirmed')
     RETURNING ${COLUMNS}`,
    [userId, booking.expertId, booking.type, booking.date, booking.time, booking.notes],
  );
  return rows[0]!;
}

/** The user's bookings, newest first, one keyset page on (created_at, id). */
export async function selectBookings(
  pool: Pool,
  userId: string,
  page: { after: string[] | null; limit: number },
): Promise<BookingRow[]> {
  const params: unknown[] = [userId];
  let after = '';
  if (page.after) {
    const [createdAt, id] = page.after;
    after = `AND (created_at, id) < ($${params.push(createdAt)}::timestamptz, $${params.push(id)}::uuid)`;
  }
  const { rows } = await pool.query<BookingRow>(
    `SELECT ${COLUMNS} FROM bookings WHERE user_id = $1 ${after}
      ORDER BY created_at DESC, id DESC LIMIT $${params.push(page.limit)}`,
    params,
  );
  return rows;
}

/** Cancels one of the user's own bookings (again is harmless); false when there is no such booking. */
export async function cancelOwnBooking(pool: Pool, userId: string, id: string): Promise<boolean> {
  const { rowCount } = await pool.query(
    `UPDATE bookings SET status = 'cancelled' WHERE id = $1 AND user_id = $2`,
    [id, userId],
  );
  return rowCount === 1;
}
