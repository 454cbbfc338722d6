import type { Order } from '@hormohelp/contracts';
import type { Pool } from '@hormohelp/db';
import { withTransaction } from '@hormohelp/db';
import { AppError } from '@hormohelp/server-kit';
import { isValidPaymentSignature } from '../../razorpay/signatures';
import { markOrderPaid } from './mark-order-paid';
import { findOrderByRazorpayId } from './order-repository';
import type { RefundReason } from './paid-lines-repository';

/**
 * Steps 5–6 of the payment flow (docs/payments.md). The signature is computed over the Razorpay order id this
 * server stored for the caller's order, never one the client could choose; only a match lets the
 * order become paid, through the one code path the webhook uses too.
 */
export async function verifyPayment(
  deps: { pool: Pool; keySecret: string },
  input: { userId: string; razorpayOrderId: string; paymentId: string; signature: string },
): Promise<{ order: Order; newlyPaid: boolean }> {
  const stored = await findOrderByRazorpayId(deps.pool, input.razorpayOrderId, { userId: input.userId });
  if (!stored?.razorpay_order_id) throw new AppError('not_found', { message: 'This order does not exist.' });
  const signed = {
    orderId: stored.razorpay_order_id,
    paymentId: input.paymentId,
    signature: input.signature,
  };
  if (!isValidPaymentSignature(signed, deps.keySecret)) throw new AppError('invalid_signature');

  const result = await withTransaction(deps.pool, (client) =>
    markOrderPaid(client, {
      razorpayOrderId: stored.razorpay_order_id!,
      paymentId: input.paymentId,
      userId: input.userId,
    }),
  );
  if (!result) throw new AppError('not_found', { message: 'This order does not exist.' });
  // Thrown only now, so that the transaction which listed the payment to refund has committed.
  if (result.outcome === 'refund')
    throw new AppError('conflict', {
      message: REFUND_MESSAGES[result.reason],
      details: { razorpayOrderId: stored.razorpay_order_id },
    });
  return result;
}

const REFUND_MESSAGES: Record<RefundReason, string> = {
  order_already_paid: 'This order has already been paid with another payment. This payment will be refunded.',
  cart_lines_already_paid:
    'These items were already paid for in another checkout. This payment will be refunded.',
};
