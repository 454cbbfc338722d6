import type { Order } from '@hormohelp/contracts';
import type { PoolClient } from '@hormohelp/db';
import { AppError } from '@hormohelp/server-kit';
import { decrementStock, deleteCartLines, findOrderByRazorpayId, setOrderPaid } from './order-repository';
import { toOrder } from './order-rows';

export interface MarkPaidResult {
  order: Order;
  /** False when the order was already paid by this same payment: nothing was done a second time. */
  newlyPaid: boolean;
}

/**
 * The one way an order becomes paid, shared by verify-payment, the webhook and reconciliation. Runs
 * inside the caller's transaction: the order row is locked (SELECT ... FOR UPDATE), so whichever path
 * comes first marks it paid, takes the stock and deletes the covered cart lines, and every later one
 * finds it paid and changes nothing. Undefined when there is no such order (for `userId`, if given).
 * A different payment for an order already paid is 409 `conflict`.
 */
export async function markOrderPaid(
  client: PoolClient,
  input: { razorpayOrderId: string; paymentId: string; userId?: string },
): Promise<MarkPaidResult | undefined> {
  const row = await findOrderByRazorpayId(client, input.razorpayOrderId, {
    userId: input.userId,
    forUpdate: true,
  });
  if (!row) return undefined;
  if (row.status === 'paid') {
    if (row.razorpay_payment_id === input.paymentId) return { order: toOrder(row), newlyPaid: false };
    throw new AppError('conflict', {
      message: 'This order has already been paid with another payment.',
      details: { razorpayOrderId: input.razorpayOrderId },
    });
  }
  // A pending order, or one whose earlier attempt failed: Razorpay lets the person retry on the same order.
  const paid = await setOrderPaid(client, row.id, input.paymentId);
  await decrementStock(client, row.items);
  await deleteCartLines(client, row.user_id, row.cart_item_ids);
  return { order: toOrder(paid), newlyPaid: true };
}
