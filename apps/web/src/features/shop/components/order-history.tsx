import { useInfiniteQuery } from '@tanstack/react-query';
import { Receipt } from 'lucide-react';
import { memo } from 'react';
import { Button } from '@/components/button';
import { Skeleton } from '@/components/skeleton';
import { getErrorMessage } from '@/lib/api-client';
import { itemsOfPages } from '@/lib/cursor-pages';
import { formatDateTime } from '@/lib/format';
import { loadNextPage } from '@/lib/load-next-page';
import { ordersQueryOptions } from '../api/orders';
import { OrderItems } from './order-items';
import { OrderStatusBadge } from './order-status-badge';

/**
 * The person's orders. A first page that fails says so in place with "Try again"; a further page that
 * fails is a toast under the orders already shown, which stay. Read again after every payment.
 * Memoized (it takes no props): the shop page's renders for the cart do not reach it.
 */
export const OrderHistory = memo(function OrderHistory() {
  const history = useInfiniteQuery(ordersQueryOptions());
  const orders = itemsOfPages(history.data);

  return (
    <section aria-labelledby="orders-title" aria-busy={history.isPending}>
      <h2 id="orders-title" className="flex items-center gap-2 text-lg font-semibold text-stone-900">
        <Receipt className="h-5 w-5 text-brand-700" aria-hidden="true" />
        Your orders
      </h2>
      {history.isPending ? (
        <Skeleton className="mt-4 h-24 w-full rounded-xl" />
      ) : history.isError && !history.data ? (
        <div className="mt-4 flex flex-wrap items-center gap-3 text-sm text-stone-700">
          <p>{getErrorMessage(history.error)}</p>
          <Button
            variant="secondary"
            size="sm"
            loading={history.isFetching}
            onClick={() => void history.refetch()}
          >
            Try again
          </Button>
        </div>
      ) : orders.length === 0 ? (
        <p className="mt-4 text-sm text-stone-600">
          No orders yet. Your paid orders appear here with their receipts.
        </p>
      ) : (
        <ul className="mt-4 space-y-3">
          {orders.map((order) => (
            <li key={order.id} className="rounded-xl border border-stone-200 bg-white p-4">
              <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
                <p className="text-sm font-medium text-stone-800">
                  <time dateTime={order.createdAt}>{formatDateTime(order.createdAt)}</time>
                </p>
                <OrderStatusBadge order={order} />
              </div>
              <OrderItems order={order} />
              {order.razorpayPaymentId ? (
                <p className="mt-2 break-all text-xs text-stone-600">Payment {order.razorpayPaymentId}</p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {history.hasNextPage ? (
        <Button
          variant="secondary"
          className="mt-4"
          loading={history.isFetchingNextPage}
          onClick={() => void loadNextPage(history.fetchNextPage)}
        >
          Load more
        </Button>
      ) : null}
    </section>
  );
});
