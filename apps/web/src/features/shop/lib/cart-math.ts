import type { CartItem } from '@hormohelp/contracts';

/** Integer paise all the way: price × quantity summed, never a float rupee amount. */
export function cartSubtotalPaise(items: CartItem[]): number {
  return items.reduce((sum, item) => sum + item.product.pricePaise * item.quantity, 0);
}

export function cartItemCount(items: CartItem[]): number {
  return items.reduce((sum, item) => sum + item.quantity, 0);
}
