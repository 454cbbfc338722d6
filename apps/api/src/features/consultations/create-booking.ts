import { type Booking, type ConsultationType, MAX_UPCOMING_BOOKINGS } from '@hormohelp/contracts';
import { type Pool, type PoolClient, withTransaction } from '@hormohelp/db';
import { AppError } from '@hormohelp/server-kit';
import { isForeignKeyViolation, isUniqueViolation } from '../../http/pg-errors';
import { assertHealthDataConsent } from '../users/health-data-consent';
import { insertBooking, lockBookingsOf, selectHeldSlots } from './booking-repository';
import { findExpert } from './experts-catalogue';
import { istDateOf, scheduledSlots, slotStart } from './slot-calendar';
import { toBooking } from './to-booking';

export interface BookingRequest {
  expertId: string;
  type: ConsultationType;
  date: string;
  time: string;
  notes?: string;
}

const invalid = (field: string, message: string) =>
  new AppError('validation_error', { details: { fields: { [field]: message } } });

/**
 * Books a slot. An unknown expert, a type the expert does not offer, or a slot that is not one of
 * the expert's upcoming scheduled slots is 400 `validation_error` naming the field. Whether the slot
 * is free is decided by the database's unique index, not by a read before the write, so of many
 * concurrent requests for one slot exactly one wins and the others get 409 `conflict`. A person
 * holding MAX_UPCOMING_BOOKINGS upcoming bookings gets 409 `booking_limit`, so no one account can
 * take every slot; cancelling one, or its start passing, frees a place.
 */
export async function createBooking(
  pool: Pool,
  userId: string,
  request: BookingRequest,
  now: Date = new Date(),
): Promise<Booking> {
  const expert = findExpert(request.expertId);
  if (!expert) throw invalid('expertId', 'There is no expert with this id');
  if (!expert.consultationTypes.includes(request.type)) {
    throw invalid('type', `${expert.name} does not offer ${request.type} consultations`);
  }
  const isUpcoming = scheduledSlots(expert, now).some(
    (slot) => slot.date === request.date && slot.time === request.time,
  );
  if (!isUpcoming) throw invalid('time', 'This is not one of the upcoming slots of this expert');
  try {
    const row = await withTransaction(pool, async (client) => {
      await assertBelowBookingLimit(client, userId, now);
      // Notes to an expert are health data: stored only while the person consents to it.
      if (request.notes) await assertHealthDataConsent(client, userId);
      return insertBooking(client, userId, { ...request, notes: request.notes ?? '' });
    });
    return toBooking(row);
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError('conflict', { message: 'This slot has just been booked. Please choose another.' });
    }
    // A valid token whose account has since been deleted.
    if (isForeignKeyViolation(error)) throw new AppError('not_found');
    throw error;
  }
}

/**
 * Counts under the person's booking lock, held until the insert commits: concurrent requests of one
 * person take turns, so each sees the bookings the previous ones made and none can pass the limit.
 */
async function assertBelowBookingLimit(client: PoolClient, userId: string, now: Date): Promise<void> {
  await lockBookingsOf(client, userId);
  const held = await selectHeldSlots(client, userId, istDateOf(now));
  const upcoming = held.filter((slot) => slotStart(slot) > now).length;
  if (upcoming >= MAX_UPCOMING_BOOKINGS) {
    throw new AppError('booking_limit', {
      message: `You can hold up to ${MAX_UPCOMING_BOOKINGS} upcoming consultations. Cancel one to book another.`,
      details: { limit: MAX_UPCOMING_BOOKINGS },
    });
  }
}
