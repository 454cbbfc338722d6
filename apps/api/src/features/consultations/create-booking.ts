import type { Booking, ConsultationType } from '@hormohelp/contracts';
import type { Pool } from '@hormohelp/db';
import { AppError } from '@hormohelp/server-kit';
import { isForeignKeyViolation, isUniqueViolation } from '../../http/pg-errors';
import { insertBooking } from './booking-repository';
import { findExpert } from './experts-catalogue';
import { scheduledSlots } from './slot-calendar';
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
 * concurrent requests for one slot exactly one wins and the others get 409 `conflict`.
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
    return toBooking(await insertBooking(pool, userId, { ...request, notes: request.notes ?? '' }));
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError('conflict', { message: 'This slot has just been booked. Please choose another.' });
    }
    // A valid token whose account has since been deleted.
    if (isForeignKeyViolation(error)) throw new AppError('not_found');
    throw error;
  }
}
