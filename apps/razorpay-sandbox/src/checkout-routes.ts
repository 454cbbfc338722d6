import type { IncomingMessage, ServerResponse } from 'node:http';
import { razorpayError, readJson, sendJson } from './http';
import { signPayment } from './signatures';
import type { SandboxStore } from './store';
import type { WebhookSender } from './webhooks';

export interface CheckoutContext {
  keyId: string;
  keySecret: string;
  store: SandboxStore;
  webhooks: WebhookSender;
  checkoutScript: string;
}

export type PaymentOutcome = 'captured' | 'failed';

/** What Razorpay's checkout hands the page's `handler` after a successful payment. */
export interface SignedPayment {
  razorpay_payment_id: string;
  razorpay_order_id: string;
  razorpay_signature: string;
}

/** What Razorpay's checkout hands `payment.failed` listeners. */
export interface PaymentFailure {
  error: {
    code: string | null;
    description: string | null;
    source: string | null;
    step: string | null;
    reason: string | null;
    metadata: { order_id: string; payment_id: string };
  };
}

/**
 * What the checkout modal's "Pay" or "Fail payment" does: records the attempt, answers what Razorpay's
 * checkout hands the page (the signed triple, or the error), and schedules the signed webhooks.
 */
export function attemptPayment(
  context: CheckoutContext,
  orderId: string,
  outcome: PaymentOutcome,
): SignedPayment | PaymentFailure {
  const order = context.store.orders.get(orderId);
  if (!order) throw razorpayError(400, 'The id provided does not exist', { field: 'order_id' });
  if (order.status === 'paid') throw razorpayError(400, 'This order has already been paid.');
  const payment = context.store.recordPayment(order, outcome);
  if (outcome === 'failed') {
    context.webhooks.schedule(['payment.failed'], payment, order);
    return {
      error: {
        code: payment.error_code,
        description: payment.error_description,
        source: payment.error_source,
        step: payment.error_step,
        reason: payment.error_reason,
        metadata: { order_id: order.id, payment_id: payment.id },
      },
    };
  }
  context.webhooks.schedule(['payment.captured', 'order.paid'], payment, order);
  return {
    razorpay_payment_id: payment.id,
    razorpay_order_id: order.id,
    razorpay_signature: signPayment(order.id, payment.id, context.keySecret),
  };
}

/** The browser-facing endpoints: the checkout script and the modal's pay call. */
export async function handleCheckout(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  context: CheckoutContext,
): Promise<boolean> {
  if (path === '/v1/checkout.js' && req.method === 'GET') {
    res.writeHead(200, {
      'content-type': 'application/javascript; charset=utf-8',
      'cache-control': 'no-cache',
    });
    res.end(context.checkoutScript);
    return true;
  }
  if (path === '/v1/sandbox/pay' && req.method === 'POST') {
    const body = await readJson(req);
    if (body.key_id !== context.keyId) throw razorpayError(401, 'The api key provided is invalid');
    if (typeof body.order_id !== 'string')
      throw razorpayError(400, 'The order_id is required', { field: 'order_id' });
    const outcome: PaymentOutcome = body.outcome === 'failed' ? 'failed' : 'captured';
    sendJson(res, 200, attemptPayment(context, body.order_id, outcome));
    return true;
  }
  return false;
}
