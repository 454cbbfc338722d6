import type { Pool } from '@hormohelp/db';
import { withTransaction } from '@hormohelp/db';
import type { Logger } from '@hormohelp/server-kit';
import type { RazorpayClient } from '../../razorpay/razorpay-client';
import { markOrderPaid } from './mark-order-paid';
import { claimUnpaidOrdersToReconcile } from './reconcile-repository';

export interface ReconcileSummary {
  checked: number;
  markedPaid: string[];
  /** Orders whose captured payment paid nothing (their cart lines were paid by another checkout). */
  toRefund: string[];
  errors: { razorpayOrderId: string; reason: string }[];
}

/**
 * For a payment whose browser never came back and whose webhook never arrived: asks Razorpay for the
 * payments of up to `limit` unpaid (pending or failed) orders older than `olderThanMinutes` (those
 * asked about longest ago first, so every order's turn comes however many checkouts were abandoned),
 * and marks an order with a captured payment paid through the same use case as verify-payment and
 * the webhook. One failing order does not stop the others.
 */
export async function reconcileUnpaidOrders(
  deps: { pool: Pool; razorpay: RazorpayClient; logger: Logger },
  options: { olderThanMinutes: number; limit?: number },
): Promise<ReconcileSummary> {
  const ids = await claimUnpaidOrdersToReconcile(deps.pool, options.olderThanMinutes, options.limit ?? 500);
  const summary: ReconcileSummary = { checked: ids.length, markedPaid: [], toRefund: [], errors: [] };
  for (const razorpayOrderId of ids) {
    try {
      const payments = await deps.razorpay.fetchOrderPayments(razorpayOrderId);
      const captured = payments.find((p) => p.status === 'captured' && p.order_id === razorpayOrderId);
      if (!captured) continue;
      const result = await withTransaction(deps.pool, (client) =>
        markOrderPaid(client, { razorpayOrderId, paymentId: captured.id }),
      );
      if (result?.outcome === 'refund') {
        summary.toRefund.push(razorpayOrderId);
        deps.logger.error(
          { razorpayOrderId, paymentId: captured.id, reason: result.reason },
          'a captured payment paid nothing: refund it',
        );
      } else if (result?.newlyPaid) summary.markedPaid.push(razorpayOrderId);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      summary.errors.push({ razorpayOrderId, reason });
      deps.logger.warn({ razorpayOrderId, reason }, 'reconciliation of an order failed');
    }
  }
  deps.logger.info(
    { checked: summary.checked, markedPaid: summary.markedPaid.length, toRefund: summary.toRefund.length },
    'reconciliation done',
  );
  return summary;
}
