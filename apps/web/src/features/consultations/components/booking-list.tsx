import type { Booking, Expert } from '@hormohelp/contracts';
import { CalendarDays } from 'lucide-react';
import { Button } from '@/components/button';
import { EmptyState } from '@/components/empty-state';
import { Skeleton } from '@/components/skeleton';
import type { useBookings } from '../api/use-bookings';
import { isUpcomingBooking, slotStart } from '../lib/slots';
import { BookingItem } from './booking-item';

interface BookingListProps {
  bookings: ReturnType<typeof useBookings>;
  experts: Expert[];
  onCancel: (booking: Booking) => Promise<unknown>;
}

export function BookingList({ bookings, experts, onCancel }: BookingListProps) {
  if (bookings.status === 'loading') return <Skeleton className="h-24 w-full rounded-xl" />;
  if (bookings.status === 'error') {
    return (
      <EmptyState
        icon={CalendarDays}
        title="Your bookings could not be loaded"
        action={<Button onClick={bookings.reload}>Try again</Button>}
      />
    );
  }
  const now = new Date();
  const byStart = (a: Booking, b: Booking) => slotStart(a).getTime() - slotStart(b).getTime();
  const upcoming = bookings.items.filter((booking) => isUpcomingBooking(booking, now)).sort(byStart);
  const past = bookings.items
    .filter((booking) => !isUpcomingBooking(booking, now))
    .sort((a, b) => byStart(b, a));
  const expertOf = (booking: Booking) => experts.find((expert) => expert.id === booking.expertId);

  return (
    <div className="space-y-6">
      <div>
        <h3 className="text-base font-semibold text-stone-900">Upcoming</h3>
        {upcoming.length === 0 ? (
          <p className="mt-2 text-sm text-stone-600">
            Nothing booked yet. Choose an expert above to book a time.
          </p>
        ) : (
          <ul className="mt-2 space-y-3">
            {upcoming.map((booking) => (
              <li key={booking.id}>
                <BookingItem booking={booking} expert={expertOf(booking)} canCancel onCancel={onCancel} />
              </li>
            ))}
          </ul>
        )}
      </div>
      {past.length > 0 ? (
        <div>
          <h3 className="text-base font-semibold text-stone-900">Past and cancelled</h3>
          <ul className="mt-2 space-y-3">
            {past.map((booking) => (
              <li key={booking.id}>
                <BookingItem
                  booking={booking}
                  expert={expertOf(booking)}
                  canCancel={false}
                  onCancel={onCancel}
                />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {bookings.hasMore ? (
        <Button variant="secondary" loading={bookings.isLoadingMore} onClick={bookings.loadMore}>
          Load more
        </Button>
      ) : null}
    </div>
  );
}
