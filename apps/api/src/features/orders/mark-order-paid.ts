import type { Order } from '@hormohelp/contracts';
import type { PoolClient } from '@hormohelp/db';
import { decrementStock, deleteCartLines, findOrderByRazorpayId, setOrderPaid } from './order-repository';
import type { OrderRow } from './order-rows';
import { toOrder } from './order-rows';
import { claimCartLines, type RefundReason, recordPaymentToRefund } from './paid-lines-repository';

export type MarkPaidResult =
  /** `newlyPaid` is false when this same payment had already paid it: nothing was done a second time. */
  | { outcome: 'paid'; order: Order; newlyPaid: boolean }
  /** The payment paid nothing and is listed to refund; the order is left as it was. */
  | { outcome: 'refund'; order: Order; reason: RefundReason };

/**
 * The one way an order becomes paid, shared by verify-payment, the webhook and reconciliation. Runs
 * inside the caller's transaction: the order row is locked (SELECT ... FOR UPDATE), so whichever path
 * comes first marks it paid, claims its cart lines, takes the stock and deletes the lines, and every
 * later one finds it paid and changes nothing. Undefined when there is no such order (for `userId`,
 * if given). A payment that cannot pay for anything (a second payment for a paid order, or a checkout
 * whose cart lines another checkout has already paid) is recorded to refund, in the same transaction.
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
    if (row.razorpay_payment_id === input.paymentId)
      return { outcome: 'paid', order: toOrder(row), newlyPaid: false };
    return refund(client, row, input.paymentId, 'order_already_paid');
  }
  // A pending order, or one whose earlier attempt failed: Razorpay lets the person retry on the same order.
  if (!(await claimCartLines(client, row.id, row.cart_item_ids)))
    return refund(client, row, input.paymentId, 'cart_lines_already_paid');
  const paid = await setOrderPaid(client, row.id, input.paymentId);
  await decrementStock(client, row.items);
  await deleteCartLines(client, row.user_id, row.cart_item_ids);
  return { outcome: 'paid', order: toOrder(paid), newlyPaid: true };
}

async function refund(
  client: PoolClient,
  row: OrderRow,
  paymentId: string,
  reason: RefundReason,
): Promise<MarkPaidResult> {
  await recordPaymentToRefund(client, { paymentId, orderId: row.id, reason });
  return { outcome: 'refund', order: toOrder(row), reason };
}
