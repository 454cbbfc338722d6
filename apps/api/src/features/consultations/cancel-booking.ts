import type { Pool } from '@hormohelp/db';
import { AppError } from '@hormohelp/server-kit';
import { cancelOwnBooking } from './booking-repository';

/**
 * DELETE /api/bookings/:id: the booking stays on record as `cancelled`, which takes it out of the
 * slot's unique index, so the slot can be booked again. Someone else's booking is 404.
 */
export async function cancelBooking(pool: Pool, userId: string, id: string): Promise<void> {
  if (!(await cancelOwnBooking(pool, userId, id))) throw new AppError('not_found');
}
