import { Receipt } from 'lucide-react';
import { Button } from '@/components/button';
import { Skeleton } from '@/components/skeleton';
import { formatDateTime } from '@/lib/format';
import type { useOrders } from '../api/use-orders';
import { OrderItems } from './order-items';
import { OrderStatusBadge } from './order-status-badge';

export function OrderHistory({ history }: { history: ReturnType<typeof useOrders> }) {
  return (
    <section aria-labelledby="orders-title" aria-busy={history.status === 'loading'}>
      <h2 id="orders-title" className="flex items-center gap-2 text-lg font-semibold text-stone-900">
        <Receipt className="h-5 w-5 text-brand-700" aria-hidden="true" />
        Your orders
      </h2>
      {history.status === 'loading' ? (
        <Skeleton className="mt-4 h-24 w-full rounded-xl" />
      ) : history.status === 'error' ? (
        <div className="mt-4 flex flex-wrap items-center gap-3 text-sm text-stone-700">
          <p>{history.error}</p>
          <Button variant="secondary" size="sm" onClick={history.reload}>
            Try again
          </Button>
        </div>
      ) : history.orders.length === 0 ? (
        <p className="mt-4 text-sm text-stone-600">
          No orders yet. Your paid orders appear here with their receipts.
        </p>
      ) : (
        <ul className="mt-4 space-y-3">
          {history.orders.map((order) => (
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
      {history.hasMore ? (
        <Button
          variant="secondary"
          className="mt-4"
          loading={history.isLoadingMore}
          onClick={history.loadMore}
        >
          Load more
        </Button>
      ) : null}
    </section>
  );
}
