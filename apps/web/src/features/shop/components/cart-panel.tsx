import type { CartItem } from '@hormohelp/contracts';
import { ShoppingBag } from 'lucide-react';
import type { ReactNode } from 'react';
import { Card } from '@/components/card';
import { Skeleton } from '@/components/skeleton';
import { formatPaise } from '@/lib/format';
import type { useCart } from '../api/use-cart';
import { cartItemCount, cartSubtotalPaise } from '../lib/cart-math';
import { CartLine } from './cart-line';

interface CartPanelProps {
  cart: ReturnType<typeof useCart>;
  /** The checkout area under the subtotal (pay button, messages). */
  children?: ReactNode;
}

export function CartPanel({ cart, children }: CartPanelProps) {
  const count = cartItemCount(cart.items);
  return (
    <Card>
      <section aria-labelledby="cart-title" aria-busy={cart.status === 'loading'}>
        <h2 id="cart-title" className="flex items-center gap-2 text-lg font-semibold text-stone-900">
          <ShoppingBag className="h-5 w-5 text-brand-700" aria-hidden="true" />
          Your cart
          {count > 0 ? (
            <span className="text-sm font-normal text-stone-600">
              ({count} {count === 1 ? 'item' : 'items'})
            </span>
          ) : null}
        </h2>
        {cart.status === 'loading' ? (
          <div className="mt-4 space-y-3">
            <Skeleton className="h-16 w-full" />
            <Skeleton className="h-16 w-full" />
          </div>
        ) : cart.items.length === 0 ? (
          <p className="mt-4 text-sm text-stone-600">
            {cart.status === 'error'
              ? 'Your cart could not be loaded.'
              : 'Your cart is empty. Add something from the shop.'}
          </p>
        ) : (
          <>
            <ul className="mt-2 divide-y divide-stone-200" aria-label="Items in your cart">
              {cart.items.map((item: CartItem) => (
                <li key={item.id}>
                  <CartLine
                    item={item}
                    isBusy={cart.busyIds.has(item.id)}
                    onQuantity={(quantity) => void cart.setQuantity(item, quantity)}
                    onRemove={() => void cart.remove(item)}
                  />
                </li>
              ))}
            </ul>
            <div className="flex items-center justify-between border-t border-stone-200 pt-4">
              <p className="font-medium text-stone-800">Subtotal</p>
              <p className="text-lg font-semibold tabular-nums text-stone-900" data-testid="cart-subtotal">
                {formatPaise(cartSubtotalPaise(cart.items))}
              </p>
            </div>
            <p className="mt-1 text-xs text-stone-600">
              Prices are checked again on our server when you pay.
            </p>
            {children}
          </>
        )}
      </section>
    </Card>
  );
}
