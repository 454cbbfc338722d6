import type { Booking } from '@hormohelp/contracts';
import type { BookingRow } from './booking-repository';

export function toBooking(row: BookingRow): Booking {
  return {
    id: row.id,
    expertId: row.expert_id,
    type: row.type,
    date: row.date,
    time: row.time,
    status: row.status,
    notes: row.notes,
    createdAt: row.created_at.toISOString(),
  };
}
