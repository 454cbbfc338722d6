import type { Pool, PoolClient } from '@hormohelp/db';

/**
 * Past this age an unpaid order is no longer asked about: a payment captured on it would have reached
 * us through the webhook, verify-payment or one of the many passes before (every few minutes for a
 * week), and Razorpay refunds an authorised payment that is not captured within five days.
 */
export const RECONCILE_HORIZON_DAYS = 7;

/**
 * Claims up to `limit` unpaid orders (pending, or failed: a failed payment may be retried and
 * captured on the same Razorpay order) created at least `minutes` ago and at most
 * `RECONCILE_HORIZON_DAYS` ago, those checked longest ago first (never checked before all others),
 * and records the check. An order whose payment is already listed to refund has nothing left to find.
 * Two passes running at once take different orders (SKIP LOCKED).
 */
export async function claimUnpaidOrdersToReconcile(
  db: Pool | PoolClient,
  minutes: number,
  limit: number,
): Promise<string[]> {
  const { rows } = await db.query<{ razorpay_order_id: string }>(
    `UPDATE orders SET reconciled_at = now()
     WHERE id IN (
       SELECT o.id FROM orders o
       WHERE o.status IN ('pending', 'failed') AND o.razorpay_order_id IS NOT NULL
         AND o.created_at < now() - $1::int * interval '1 minute'
         AND o.created_at > now() - $3::int * interval '1 day'
         AND NOT EXISTS (SELECT 1 FROM payments_to_refund r WHERE r.order_id = o.id)
       ORDER BY o.reconciled_at NULLS FIRST, o.created_at
       LIMIT $2
       FOR UPDATE OF o SKIP LOCKED)
     RETURNING razorpay_order_id`,
    [minutes, limit, RECONCILE_HORIZON_DAYS],
  );
  return rows.map((row) => row.razorpay_order_id);
}
