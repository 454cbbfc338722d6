import { randomUUID } from 'node:crypto';
import type { Pool } from '@hormohelp/db';
import { AppError } from '@hormohelp/server-kit';
import type { RazorpayClient } from '../../razorpay/razorpay-client';
import { findCheckoutLines, insertPendingOrder } from './order-repository';
import type { OrderItemSnapshot } from './order-rows';

export interface CheckoutDeps {
  pool: Pool;
  razorpay: RazorpayClient;
  keyId: string;
}

/**
 * Steps 1–3 of the seed's payment flow. Prices and quantities are re-read from the database for the
 * caller's own cart lines (the client sends only ids); an id that is not one of the caller's lines is
 * 404 and nothing is charged. The Razorpay order is created first, with our order id as its receipt;
 * the pending row is written only once Razorpay has answered, so a Razorpay failure leaves nothing
 * behind and the cart untouched.
 */
export async function createRazorpayOrder(
  deps: CheckoutDeps,
  input: { userId: string; cartItemIds: string[] },
) {
  const ids = [...new Set(input.cartItemIds)];
  const lines = await findCheckoutLines(deps.pool, input.userId, ids);
  if (lines.length !== ids.length) {
    const found = new Set(lines.map((line) => line.cart_item_id));
    throw new AppError('not_found', {
      message: 'Some of these items are no longer in your cart. Refresh the cart and try again.',
      details: { missing: ids.filter((id) => !found.has(id)) },
    });
  }
  const short = lines.filter((line) => line.quantity > line.stock);
  if (short.length > 0)
    throw new AppError('conflict', {
      message: `Not enough stock for ${short.map((line) => line.name).join(', ')}.`,
      details: { products: short.map((line) => ({ productId: line.product_id, stock: line.stock })) },
    });

  const amount = lines[0]!.total_paise;
  const items: OrderItemSnapshot[] = lines.map((line) => ({
    productId: line.product_id,
    name: line.name,
    pricePaise: line.price_paise,
    quantity: line.quantity,
  }));
  const id = randomUUID();
  const razorpayOrder = await deps.razorpay.createOrder({
    amount,
    currency: 'INR',
    receipt: id,
    notes: { hormohelp_order_id: id },
  });
  if (razorpayOrder.amount !== amount || razorpayOrder.currency !== 'INR')
    throw new AppError('upstream_unavailable', {
      status: 502,
      cause: new Error('Razorpay order amount mismatch'),
    });

  await insertPendingOrder(deps.pool, {
    id,
    userId: input.userId,
    items,
    totalPaise: amount,
    razorpayOrderId: razorpayOrder.id,
    cartItemIds: ids,
  });
  return { razorpay_order_id: razorpayOrder.id, amount, currency: 'INR' as const, key_id: deps.keyId };
}
