import type { Order } from '@hormohelp/contracts';
import { fetchCursorPage, useCursorList } from '@/lib/use-cursor-list';

function fetchOrders(cursor: string | null) {
  return fetchCursorPage<Order>('/api/orders', cursor);
}

export function useOrders() {
  // The order history shows its error in place, and a refresh after checkout keeps the list on screen.
  const { items, status, error, hasMore, isLoadingMore, loadMore, reload } = useCursorList(fetchOrders, {
    reportErrors: 'state',
    reloadInPlace: true,
  });

  return { orders: items, status, error, hasMore, isLoadingMore, loadMore, reload };
}
