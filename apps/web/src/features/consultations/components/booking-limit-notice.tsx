import { MAX_UPCOMING_BOOKINGS } from '@hormohelp/contracts';

export const BOOKING_LIMIT_MESSAGE = `You already have ${MAX_UPCOMING_BOOKINGS} upcoming consultations, the most you can hold at once. Cancel one under “Your bookings” to book another.`;

/** Shown instead of the wizard while the person holds as many upcoming bookings as they may. */
export function BookingLimitNotice() {
  return (
    <p role="status" className="rounded-lg border border-amber-200 bg-amber-50 p-4 text-sm text-amber-900">
      {BOOKING_LIMIT_MESSAGE}
    </p>
  );
}

/** The rule, said before the person starts, so the limit never comes as a surprise. */
export function BookingLimitHint() {
  return (
    <p className="mb-4 text-sm text-stone-600">
      You can hold up to {MAX_UPCOMING_BOOKINGS} upcoming consultations at a time.
    </p>
  );
}
