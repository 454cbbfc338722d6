import type { Pool } from '@hormohelp/db';
import { withTransaction } from '@hormohelp/db';
import { AppError, type Logger } from '@hormohelp/server-kit';
import type { RazorpayWebhookEvent } from '../../razorpay/webhook-event';
import { markOrderPaid } from '../orders/mark-order-paid';
import { setOrderFailed } from '../orders/order-repository';
import { recordWebhookEvent } from './webhook-event-repository';

export type WebhookOutcome = 'processed' | 'duplicate' | 'ignored';

/**
 * Applies one verified Razorpay event. The event id is recorded in the same transaction as its effect,
 * so a redelivery does nothing, and an event whose processing failed is not recorded and is applied
 * when Razorpay retries it. order.paid and payment.captured go through the same use case as
 * verify-payment, so the order is paid exactly once whichever arrives first.
 */
export async function handleRazorpayWebhook(
  deps: { pool: Pool; logger: Logger },
  input: { eventId: string | undefined; event: RazorpayWebhookEvent },
): Promise<WebhookOutcome> {
  const { event } = input;
  const payment = event.payload.payment?.entity;
  return withTransaction(deps.pool, async (client) => {
    if (input.eventId && !(await recordWebhookEvent(client, input.eventId, event.event))) return 'duplicate';

    if ((event.event === 'order.paid' || event.event === 'payment.captured') && payment) {
      const razorpayOrderId = event.payload.order?.entity.id ?? payment.order_id;
      if (!razorpayOrderId || (event.event === 'payment.captured' && payment.status !== 'captured'))
        return 'ignored';
      try {
        const result = await markOrderPaid(client, { razorpayOrderId, paymentId: payment.id });
        if (!result) return 'ignored';
        return result.newlyPaid ? 'processed' : 'duplicate';
      } catch (error) {
        if (!(error instanceof AppError && error.code === 'conflict')) throw error;
        // A second captured payment for an order already paid: money to refund, not an order to change.
        deps.logger.error(
          { razorpayOrderId, paymentId: payment.id },
          'second payment for a paid order: refund it',
        );
        return 'ignored';
      }
    }
    if (event.event === 'payment.failed' && payment?.order_id) {
      return (await setOrderFailed(client, payment.order_id)) ? 'processed' : 'ignored';
    }
    return 'ignored';
  });
}
