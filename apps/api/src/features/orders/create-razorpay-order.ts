import { randomUUID } from 'node:crypto';
import type { Pool } from '@hormohelp/db';
import { withTransaction } from '@hormohelp/db';
import { AppError, enforceRateLimit, type RateLimitStore } from '@hormohelp/server-kit';
import type { RazorpayClient } from '../../razorpay/razorpay-client';
import { type Basket, findOpenCheckout, lockCheckoutsOf } from './checkout-repository';
import { type CheckoutLineRow, findCheckoutLines, insertPendingOrder } from './order-repository';

export interface CheckoutDeps {
  pool: Pool;
  razorpay: RazorpayClient;
  keyId: string;
  rateLimits: RateLimitStore;
}

/** New Razorpay orders one person may create in `CHECKOUT_WINDOW_MS`; returning an open one is free. */
export const CHECKOUTS_PER_WINDOW = 10;
export const CHECKOUT_WINDOW_MS = 10 * 60_000;

/**
 * Steps 1–3 of the payment flow (docs/payments.md). Prices and quantities are re-read from the database for the
 * caller's own cart lines (the client sends only ids); an id that is not one of the caller's lines is
 * 404 and nothing is charged. The same lines at the same quantities and prices as an open checkout
 * get that checkout back (`created: false`): two tabs pressing "Pay" share one Razorpay order.
 * Otherwise the Razorpay order is created first, with our order id as its receipt, and the pending
 * row is written only once Razorpay has answered, so a Razorpay failure leaves nothing behind and the
 * cart untouched.
 */
export async function createRazorpayOrder(
  deps: CheckoutDeps,
  input: { userId: string; cartItemIds: string[] },
) {
  const ids = [...new Set(input.cartItemIds)];
  const basket = basketOf(ids, await findCheckoutLines(deps.pool, input.userId, ids));
  const answer = (razorpayOrderId: string, created: boolean) => ({
    checkout: {
      razorpay_order_id: razorpayOrderId,
      amount: basket.totalPaise,
      currency: 'INR' as const,
      key_id: deps.keyId,
    },
    created,
  });
  const open = await findOpenCheckout(deps.pool, input.userId, basket);
  if (open) return answer(open, false);

  // Only a new Razorpay order counts: it spends the merchant's quota and gives reconciliation work.
  await enforceRateLimit(
    deps.rateLimits,
    `checkout:${input.userId}`,
    CHECKOUTS_PER_WINDOW,
    CHECKOUT_WINDOW_MS,
  );
  const id = randomUUID();
  const razorpayOrder = await deps.razorpay.createOrder({
    amount: basket.totalPaise,
    currency: 'INR',
    receipt: id,
    notes: { hormohelp_order_id: id },
  });
  if (razorpayOrder.amount !== basket.totalPaise || razorpayOrder.currency !== 'INR')
    throw new AppError('upstream_unavailable', {
      status: 502,
      cause: new Error('Razorpay order amount mismatch'),
    });

  return withTransaction(deps.pool, async (client) => {
    await lockCheckoutsOf(client, input.userId);
    // A twin recorded while Razorpay was answering wins; this Razorpay order is never shown to anyone.
    const twin = await findOpenCheckout(client, input.userId, basket);
    if (twin) return answer(twin, false);
    await insertPendingOrder(client, {
      id,
      userId: input.userId,
      ...basket,
      razorpayOrderId: razorpayOrder.id,
    });
    return answer(razorpayOrder.id, true);
  });
}

/** The checkout's snapshot, or 404 for lines that are not the caller's and 409 for too little stock. */
function basketOf(ids: string[], lines: CheckoutLineRow[]): Basket {
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
  return {
    cartItemIds: ids,
    totalPaise: lines[0]!.total_paise,
    items: lines.map((line) => ({
      productId: line.product_id,
      name: line.name,
      pricePaise: line.price_paise,
      quantity: line.quantity,
    })),
  };
}
