import type { Order } from '@hormohelp/contracts';
import { formatPaise } from '@/lib/format';

/** An order's item snapshot (the prices it was paid at) and its total. */
export function OrderItems({ order }: { order: Order }) {
  return (
    <div>
      <ul className="divide-y divide-stone-100 text-sm">
        {order.items.map((item) => (
          <li key={item.productId} className="flex justify-between gap-3 py-1.5">
            <span className="text-stone-800">
              {item.name} <span className="text-stone-600">× {item.quantity}</span>
            </span>
            <span className="tabular-nums text-stone-800">
              {formatPaise(item.pricePaise * item.quantity)}
            </span>
          </li>
        ))}
      </ul>
      <p className="mt-2 flex justify-between border-t border-stone-200 pt-2 font-semibold text-stone-900">
        <span>Total</span>
        <span className="tabular-nums">{formatPaise(order.totalPaise)}</span>
      </p>
    </div>
  );
}
