import type { Booking, Expert } from '@hormohelp/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { CalendarDays } from 'lucide-react';
import { Button } from '@/components/button';
import { EmptyState } from '@/components/empty-state';
import { Skeleton } from '@/components/skeleton';
import { itemsOfPages } from '@/lib/cursor-pages';
import { loadNextPage } from '@/lib/load-next-page';
import { bookingsQueryOptions } from '../api/bookings-query';
import { useCancelBooking } from '../api/use-cancel-booking';
import { isUpcomingBooking, slotStart } from '../lib/slots';
import { BookingItem } from './booking-item';

/** The person's bookings, upcoming first in time order, then the past and cancelled ones, latest first. */
export function BookingList({ experts }: { experts: Expert[] }) {
  const bookings = useInfiniteQuery(bookingsQueryOptions());
  const cancelBooking = useCancelBooking();
  if (bookings.isPending) return <Skeleton className="h-24 w-full rounded-xl" />;
  if (bookings.isError && !bookings.data) {
    return (
      <EmptyState
        icon={CalendarDays}
        title="Your bookings could not be loaded"
        action={
          <Button loading={bookings.isFetching} onClick={() => void bookings.refetch()}>
            Try again
          </Button>
        }
      />
    );
  }
  const items = itemsOfPages(bookings.data);
  // A failed cancel has said why in a toast; the confirmation closes either way.
  const onCancel = (booking: Booking) => cancelBooking.mutateAsync(booking).catch(() => undefined);

  const now = new Date();
  const byStart = (a: Booking, b: Booking) => slotStart(a).getTime() - slotStart(b).getTime();
  const upcoming = items.filter((booking) => isUpcomingBooking(booking, now)).sort(byStart);
  const past = items.filter((booking) => !isUpcomingBooking(booking, now)).sort((a, b) => byStart(b, a));
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
      {bookings.hasNextPage ? (
        <Button
          variant="secondary"
          loading={bookings.isFetchingNextPage}
          onClick={() => void loadNextPage(bookings.fetchNextPage)}
        >
          Load more
        </Button>
      ) : null}
    </div>
  );
}
