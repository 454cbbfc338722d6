import type { Pool, PoolClient } from '@hormohelp/db';
import type { OrderItemSnapshot } from './order-rows';
import { RECONCILE_HORIZON_DAYS } from './reconcile-repository';

export interface Basket {
  cartItemIds: string[];
  items: OrderItemSnapshot[];
  totalPaise: number;
}

/**
 * The caller's open checkout (pending, or failed and so still payable on the same Razorpay order) for
 * exactly these cart lines at exactly these quantities and prices, if there is one young enough for
 * reconciliation to still ask about it. Its Razorpay order id, or undefined.
 */
export async function findOpenCheckout(
  db: Pool | PoolClient,
  userId: string,
  basket: Basket,
): Promise<string | undefined> {
  const { rows } = await db.query<{ razorpay_order_id: string }>(
    `SELECT o.razorpay_order_id FROM orders o
     WHERE o.user_id = $1 AND o.status IN ('pending', 'failed') AND o.razorpay_order_id IS NOT NULL
       AND o.created_at > now() - $5::int * interval '1 day'
       AND o.cart_item_ids @> $2::uuid[] AND o.cart_item_ids <@ $2::uuid[]
       AND o.items = $3::jsonb AND o.total = $4::bigint / 100.0
       AND NOT EXISTS (SELECT 1 FROM payments_to_refund r WHERE r.order_id = o.id)
     ORDER BY o.created_at DESC
     LIMIT 1`,
    [userId, basket.cartItemIds, JSON.stringify(basket.items), basket.totalPaise, RECONCILE_HORIZON_DAYS],
  );
  return rows[0]?.razorpay_order_id;
}

/**
 * Serialises the recording of one person's checkouts (two tabs pressing "Pay" at once): the second
 * then finds the first one's checkout instead of recording a twin. Held until the transaction ends.
 */
export async function lockCheckoutsOf(client: PoolClient, userId: string): Promise<void> {
  await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`checkout:${userId}`]);
}
