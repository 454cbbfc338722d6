import type { CartItem } from '@hormohelp/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ShoppingBag } from 'lucide-react';
import type { ReactNode } from 'react';
import { Button } from '@/components/button';
import { Card } from '@/components/card';
import { Skeleton } from '@/components/skeleton';
import { getErrorMessage } from '@/lib/api-client';
import { formatPaise } from '@/lib/format';
import {
  cartQueryOptions,
  isCartLineChanging,
  useChangingCartLines,
  useRemoveCartLine,
  useSetCartQuantity,
} from '../api/cart';
import { cartItemCount, cartSubtotalPaise } from '../lib/cart-math';
import { CartLine } from './cart-line';

interface CartPanelProps {
  /** The checkout area under the subtotal (pay button, messages). */
  children?: ReactNode;
}

/** The cart's lines; a press on a line whose last change is still on its way is ignored. */
function useCartLineActions() {
  const queryClient = useQueryClient();
  const changing = useChangingCartLines();
  const setQuantity = useSetCartQuantity();
  const removeLine = useRemoveCartLine();
  return {
    isBusy: (item: CartItem) => changing.has(item.id),
    changeQuantity(item: CartItem, quantity: number) {
      if (quantity === item.quantity || isCartLineChanging(queryClient, item.id)) return;
      setQuantity.mutate({ lineId: item.id, quantity });
    },
    remove(item: CartItem) {
      if (isCartLineChanging(queryClient, item.id)) return;
      removeLine.mutate({ lineId: item.id });
    },
  };
}

export function CartPanel({ children }: CartPanelProps) {
  const cart = useQuery(cartQueryOptions());
  const lines = useCartLineActions();
  const items = cart.data?.items ?? [];
  const count = cartItemCount(items);
  return (
    <Card>
      <section aria-labelledby="cart-title" aria-busy={cart.isPending}>
        <h2 id="cart-title" className="flex items-center gap-2 text-lg font-semibold text-stone-900">
          <ShoppingBag className="h-5 w-5 text-brand-700" aria-hidden="true" />
          Your cart
          {count > 0 ? (
            <span className="text-sm font-normal text-stone-600">
              ({count} {count === 1 ? 'item' : 'items'})
            </span>
          ) : null}
        </h2>
        {cart.isPending ? (
          <div className="mt-4 space-y-3">
            <Skeleton className="h-16 w-full" />
            <Skeleton className="h-16 w-full" />
          </div>
        ) : cart.isError && !cart.data ? (
          <div className="mt-4 space-y-2 text-sm text-stone-600">
            <p>Your cart could not be loaded.</p>
            <p>{getErrorMessage(cart.error)}</p>
            <Button
              variant="secondary"
              size="sm"
              loading={cart.isFetching}
              onClick={() => void cart.refetch()}
            >
              Try again
            </Button>
          </div>
        ) : items.length === 0 ? (
          <p className="mt-4 text-sm text-stone-600">Your cart is empty. Add something from the shop.</p>
        ) : (
          <>
            <ul className="mt-2 divide-y divide-stone-200" aria-label="Items in your cart">
              {items.map((item) => (
                <li key={item.id}>
                  <CartLine
                    item={item}
                    isBusy={lines.isBusy(item)}
                    onQuantity={(quantity) => lines.changeQuantity(item, quantity)}
                    onRemove={() => lines.remove(item)}
                  />
                </li>
              ))}
            </ul>
            <div className="flex items-center justify-between border-t border-stone-200 pt-4">
              <p className="font-medium text-stone-800">Subtotal</p>
              <p className="text-lg font-semibold tabular-nums text-stone-900" data-testid="cart-subtotal">
                {formatPaise(cartSubtotalPaise(items))}
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
