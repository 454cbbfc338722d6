import { createHash } from 'node:crypto';
import type { Pool } from '@hormohelp/db';
import { withTransaction } from '@hormohelp/db';
import type { Logger } from '@hormohelp/server-kit';
import type { RazorpayWebhookEvent } from '../../razorpay/webhook-event';
import { markOrderPaid } from '../orders/mark-order-paid';
import { setOrderFailed } from '../orders/order-repository';
import { recordWebhookEvent } from './webhook-event-repository';

export type WebhookOutcome = 'processed' | 'duplicate' | 'ignored';

/**
 * Applies one verified Razorpay event. The event is recorded under the SHA-256 of its raw body (what
 * the signature covers), in the same transaction as its effect: a redelivery, or the same signed body
 * replayed with another x-razorpay-event-id, does nothing, and an event whose processing failed is not
 * recorded and is applied when Razorpay retries it. order.paid and payment.captured go through the
 * same use case as verify-payment, so the order is paid exactly once whichever arrives first;
 * payment.failed only ever moves a pending order, never a paid one.
 */
export async function handleRazorpayWebhook(
  deps: { pool: Pool; logger: Logger },
  input: { rawBody: Buffer; eventId: string | undefined; event: RazorpayWebhookEvent },
): Promise<WebhookOutcome> {
  const { event } = input;
  const payment = event.payload.payment?.entity;
  const payloadKey = createHash('sha256').update(input.rawBody).digest('hex');
  return withTransaction(deps.pool, async (client) => {
    const isFirst = await recordWebhookEvent(client, {
      payloadKey,
      eventId: input.eventId,
      event: event.event,
    });
    if (!isFirst) return 'duplicate';

    if ((event.event === 'order.paid' || event.event === 'payment.captured') && payment) {
      const razorpayOrderId = event.payload.order?.entity.id ?? payment.order_id;
      if (!razorpayOrderId || (event.event === 'payment.captured' && payment.status !== 'captured'))
        return 'ignored';
      const result = await markOrderPaid(client, { razorpayOrderId, paymentId: payment.id });
      if (!result) return 'ignored';
      if (result.outcome === 'refund') {
        deps.logger.error(
          { razorpayOrderId, paymentId: payment.id, reason: result.reason },
          'a captured payment paid nothing: refund it',
        );
        return 'ignored';
      }
      return result.newlyPaid ? 'processed' : 'duplicate';
    }
    if (event.event === 'payment.failed' && payment?.order_id) {
      return (await setOrderFailed(client, payment.order_id)) ? 'processed' : 'ignored';
    }
    return 'ignored';
  });
}
