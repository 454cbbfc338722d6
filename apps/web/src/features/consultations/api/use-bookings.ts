import type { Booking } from '@hormohelp/contracts';
import toast from 'react-hot-toast';
import { api, getErrorCode, getErrorMessage } from '@/lib/api-client';
import { fetchCursorPage, useCursorList } from '@/lib/use-cursor-list';

function fetchBookings(cursor: string | null) {
  return fetchCursorPage<Booking>('/api/bookings', cursor);
}

/** The person's bookings, newest first, with cancel. */
export function useBookings() {
  // In place: after a cancel the list is read again without falling back to its loading state.
  const { items, status, hasMore, isLoadingMore, loadMore, reload } = useCursorList(fetchBookings, {
    reloadInPlace: true,
  });

  async function cancel(booking: Booking): Promise<boolean> {
    try {
      await api.delete(`/api/bookings/${booking.id}`);
      toast.success('Booking cancelled. The slot is free for someone else.');
      await reload();
      return true;
    } catch (caught) {
      if (getErrorCode(caught) === 'not_found') await reload();
      toast.error(getErrorMessage(caught));
      return false;
    }
  }

  return { items, status, hasMore, isLoadingMore, loadMore, cancel, reload };
}
