import type { Booking } from '@hormohelp/contracts';
import { useCallback, useEffect, useState } from 'react';
import toast from 'react-hot-toast';
import { api, getErrorCode, getErrorMessage } from '@/lib/api-client';

type BookingPage = { items: Booking[]; nextCursor: string | null };

/** The person's bookings, newest first, with cancel. */
export function useBookings() {
  const [items, setItems] = useState<Booking[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [status, setStatus] = useState<'loading' | 'ready' | 'error'>('loading');
  const [isLoadingMore, setIsLoadingMore] = useState(false);

  const reload = useCallback(async (isCancelled: () => boolean = () => false) => {
    try {
      const { data } = await api.get<BookingPage>('/api/bookings');
      if (isCancelled()) return;
      setItems(data.items);
      setNextCursor(data.nextCursor ?? null);
      setStatus('ready');
    } catch (caught) {
      if (isCancelled()) return;
      setStatus((current) => (current === 'ready' ? current : 'error'));
      toast.error(getErrorMessage(caught));
    }
  }, []);

  useEffect(() => {
    let cancelled = false;
    void reload(() => cancelled);
    return () => {
      cancelled = true;
    };
  }, [reload]);

  async function loadMore() {
    if (!nextCursor || isLoadingMore) return;
    setIsLoadingMore(true);
    try {
      const { data } = await api.get<BookingPage>('/api/bookings', { params: { cursor: nextCursor } });
      setItems((current) => [...current, ...data.items.filter((b) => !current.some((k) => k.id === b.id))]);
      setNextCursor(data.nextCursor ?? null);
    } catch (caught) {
      toast.error(getErrorMessage(caught));
    } finally {
      setIsLoadingMore(false);
    }
  }

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

  return {
    items,
    status,
    hasMore: nextCursor !== null,
    isLoadingMore,
    loadMore,
    cancel,
    reload: () => reload(),
  };
}
