import type { Booking, Expert } from '@hormohelp/contracts';
import { cn } from '@/lib/cn';
import { formatDate } from '@/lib/format';
import { STATUS_LABELS, TYPE_LABELS } from '../lib/slots';
import { CancelBooking } from './cancel-booking';

const STATUS_STYLES: Record<string, string> = {
  pending: 'bg-amber-50 text-amber-900 ring-amber-200',
  confirmed: 'bg-brand-50 text-brand-800 ring-brand-200',
  cancelled: 'bg-stone-100 text-stone-700 ring-stone-200',
};

interface BookingItemProps {
  booking: Booking;
  expert: Expert | undefined;
  canCancel: boolean;
  onCancel: (booking: Booking) => Promise<unknown>;
}

export function BookingItem({ booking, expert, canCancel, onCancel }: BookingItemProps) {
  const who = expert?.name ?? 'your expert';
  const when = `${formatDate(booking.date)} at ${booking.time}`;
  return (
    <div className="flex flex-col gap-3 rounded-xl border border-stone-200 bg-white p-4 sm:flex-row sm:items-center sm:justify-between">
      <div className="min-w-0">
        <p className="font-semibold text-stone-900">
          {TYPE_LABELS[booking.type]} with {who}
        </p>
        <p className="text-sm text-stone-700">{when}</p>
        {booking.notes ? (
          <p className="mt-1 line-clamp-2 whitespace-pre-wrap break-words text-sm text-stone-600">
            {booking.notes}
          </p>
        ) : null}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <span
          className={cn(
            'rounded-full px-2.5 py-0.5 text-xs font-medium ring-1 ring-inset',
            STATUS_STYLES[booking.status] ?? STATUS_STYLES.pending,
          )}
        >
          {STATUS_LABELS[booking.status] ?? booking.status}
        </span>
        {canCancel ? (
          <CancelBooking
            subject={`consultation with ${who} on ${when}`}
            onConfirm={() => onCancel(booking)}
          />
        ) : null}
      </div>
    </div>
  );
}
