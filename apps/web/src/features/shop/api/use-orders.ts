import type { Order } from '@hormohelp/contracts';
import { useCallback, useEffect, useState } from 'react';
import { api, getErrorMessage } from '@/lib/api-client';

interface OrderPage {
  items: Order[];
  nextCursor: string | null;
}

export function useOrders() {
  const [orders, setOrders] = useState<Order[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [status, setStatus] = useState<'loading' | 'ready' | 'error'>('loading');
  const [error, setError] = useState<string>();
  const [isLoadingMore, setIsLoadingMore] = useState(false);

  const reload = useCallback(async (isCancelled: () => boolean = () => false) => {
    try {
      const { data } = await api.get<OrderPage>('/api/orders');
      if (isCancelled()) return;
      setOrders(data.items);
      setNextCursor(data.nextCursor ?? null);
      setStatus('ready');
    } catch (caught) {
      if (isCancelled()) return;
      setError(getErrorMessage(caught));
      setStatus((current) => (current === 'ready' ? current : 'error'));
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
      const { data } = await api.get<OrderPage>('/api/orders', { params: { cursor: nextCursor } });
      setOrders((current) => [...current, ...data.items.filter((o) => !current.some((k) => k.id === o.id))]);
      setNextCursor(data.nextCursor ?? null);
    } catch (caught) {
      setError(getErrorMessage(caught));
    } finally {
      setIsLoadingMore(false);
    }
  }

  return {
    orders,
    status,
    error,
    hasMore: nextCursor !== null,
    isLoadingMore,
    loadMore,
    reload: () => reload(),
  };
}
