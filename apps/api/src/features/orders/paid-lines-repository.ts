import type { PoolClient } from '@hormohelp/db';

export type RefundReason = 'order_already_paid' | 'cart_lines_already_paid';

/**
 * Claims the cart lines an order covers for that order; false, with nothing claimed, when another
 * order has already claimed one of them. Lines are inserted in id order, so two payments racing over
 * the same lines wait for each other instead of deadlocking; the loser sees the winner's claim.
 */
export async function claimCartLines(
  db: PoolClient,
  orderId: string,
  cartItemIds: string[],
): Promise<boolean> {
  const ids = [...new Set(cartItemIds)];
  if (ids.length === 0) return true;
  const { rowCount } = await db.query(
    `INSERT INTO paid_cart_lines (cart_item_id, order_id)
     SELECT line, $1 FROM unnest($2::uuid[]) AS line ORDER BY line
     ON CONFLICT (cart_item_id) DO NOTHING`,
    [orderId, ids],
  );
  if (rowCount === ids.length) return true;
  await db.query('DELETE FROM paid_cart_lines WHERE order_id = $1', [orderId]);
  return false;
}

/** Lists a captured payment that paid nothing, once however often it is reported. */
export async function recordPaymentToRefund(
  db: PoolClient,
  input: { paymentId: string; orderId: string; reason: RefundReason },
): Promise<void> {
  await db.query(
    `INSERT INTO payments_to_refund (razorpay_payment_id, order_id, reason) VALUES ($1, $2, $3)
     ON CONFLICT (razorpay_payment_id) DO NOTHING`,
    [input.paymentId, input.orderId, input.reason],
  );
}
