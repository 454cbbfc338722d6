import type { Booking } from '@hormohelp/contracts';
import { infiniteQueryOptions } from '@tanstack/react-query';
import { fetchCursorPage, nextCursorOf } from '@/lib/cursor-pages';
import { queryKeys } from '@/lib/query-keys';

/** The person's bookings, newest first, a page per "Load more". */
export function bookingsQueryOptions() {
  return infiniteQueryOptions({
    queryKey: queryKeys.consultations.bookings(),
    queryFn: ({ pageParam, signal }) => fetchCursorPage<Booking>('api/bookings', pageParam, {}, signal),
    initialPageParam: null as string | null,
    getNextPageParam: nextCursorOf,
  });
}
