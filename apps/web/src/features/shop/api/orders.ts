import type { Order } from '@hormohelp/contracts';
import { infiniteQueryOptions } from '@tanstack/react-query';
import { fetchCursorPage, nextCursorOf } from '@/lib/cursor-pages';
import { queryKeys } from '@/lib/query-keys';

/** The person's orders, newest first, a page per "Load more". */
export function ordersQueryOptions() {
  return infiniteQueryOptions({
    queryKey: queryKeys.shop.orders(),
    queryFn: ({ pageParam, signal }) => fetchCursorPage<Order>('api/orders', pageParam, {}, signal),
    initialPageParam: null as string | null,
    getNextPageParam: nextCursorOf,
  });
}
