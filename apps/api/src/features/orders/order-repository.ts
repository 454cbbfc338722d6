import type { Pool, PoolClient } from '@hormohelp/db';
import { ORDER_COLUMNS, type OrderItemSnapshot, type OrderRow } from './order-rows';

type Db = Pool | PoolClient;

export interface CheckoutLineRow {
  cart_item_id: string;
  product_id: number;
  name: string;
  price_paise: number;
  quantity: number;
  stock: number;
  total_paise: number;
}

/** The caller's own cart lines among `ids`, priced from the products table in integer paise. */
export async function findCheckoutLines(db: Db, userId: string, ids: string[]): Promise<CheckoutLineRow[]> {
  const { rows } = await db.query<CheckoutLineRow>(
    `SELECT line.*, (SUM(line.price_paise * line.quantity) OVER ())::bigint AS total_paise
     FROM (SELECT c.id AS cart_item_id, p.id AS product_id, p.name, (p.price * 100)::bigint AS price_paise,
                  c.quantity, p.stock
           FROM cart_items c JOIN products p ON p.id = c.product_id
           WHERE c.user_id = $1 AND c.id = ANY($2::uuid[])) line
     ORDER BY line.product_id`,
    [userId, ids],
  );
  return rows;
}

export async function insertPendingOrder(
  db: Db,
  input: {
    id: string;
    userId: string;
    items: OrderItemSnapshot[];
    totalPaise: number;
    razorpayOrderId: string;
    cartItemIds: string[];
  },
): Promise<void> {
  await db.query(
    `INSERT INTO orders (id, user_id, items, total, status, razorpay_order_id, cart_item_ids)
     VALUES ($1, $2, $3, $4::bigint / 100.0, 'pending', $5, $6::uuid[])`,
    [
      input.id,
      input.userId,
      JSON.stringify(input.items),
      input.totalPaise,
      input.razorpayOrderId,
      input.cartItemIds,
    ],
  );
}

/** The order a Razorpay order id belongs to, scoped to `userId` when given; locked when `forUpdate`. */
export async function findOrderByRazorpayId(
  db: Db,
  razorpayOrderId: string,
  options: { userId?: string; forUpdate?: boolean } = {},
): Promise<OrderRow | undefined> {
  const { rows } = await db.query<OrderRow>(
    `SELECT ${ORDER_COLUMNS} FROM orders o
     WHERE o.razorpay_order_id = $1 AND ($2::uuid IS NULL OR o.user_id = $2)
     ${options.forUpdate ? 'FOR UPDATE' : ''}`,
    [razorpayOrderId, options.userId ?? null],
  );
  return rows[0];
}

export async function setOrderPaid(db: Db, id: string, paymentId: string): Promise<OrderRow> {
  const { rows } = await db.query<OrderRow>(
    `UPDATE orders o SET status = 'paid', razorpay_payment_id = $2, paid_at = now(), updated_at = now()
     WHERE o.id = $1 RETURNING ${ORDER_COLUMNS}`,
    [id, paymentId],
  );
  return rows[0]!;
}

export async function setOrderFailed(db: Db, razorpayOrderId: string): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE orders SET status = 'failed', updated_at = now() WHERE razorpay_order_id = $1 AND status = 'pending'`,
    [razorpayOrderId],
  );
  return rowCount === 1;
}

/** Takes the sold quantities out of stock, never below zero; rows are locked in id order (no deadlock). */
export async function decrementStock(db: PoolClient, items: OrderItemSnapshot[]): Promise<void> {
  const productIds = [...new Set(items.map((item) => item.productId))];
  await db.query('SELECT id FROM products WHERE id = ANY($1::int[]) ORDER BY id FOR UPDATE', [productIds]);
  const sold = JSON.stringify(items.map(({ productId, quantity }) => ({ productId, quantity })));
  await db.query(
    `UPDATE products p SET stock = GREATEST(p.stock - sold.quantity, 0)
     FROM (SELECT (x->>'productId')::int AS product_id, SUM((x->>'quantity')::int) AS quantity
           FROM jsonb_array_elements($1::jsonb) x GROUP BY 1) sold
     WHERE p.id = sold.product_id`,
    [sold],
  );
}

export async function deleteCartLines(db: PoolClient, userId: string, ids: string[]): Promise<void> {
  await db.query('DELETE FROM cart_items WHERE user_id = $1 AND id = ANY($2::uuid[])', [userId, ids]);
}

export async function findOrdersPage(
  db: Db,
  input: { userId: string; limit: number; after?: { createdUs: number; id: string } },
): Promise<OrderRow[]> {
  const { rows } = await db.query<OrderRow>(
    `SELECT ${ORDER_COLUMNS} FROM orders o
     WHERE o.user_id = $1
       AND ($2::bigint IS NULL
            OR (o.created_at, o.id) < (timestamptz 'epoch' + $2::bigint * interval '1 microsecond', $3::uuid))
     ORDER BY o.created_at DESC, o.id DESC
     LIMIT $4`,
    [input.userId, input.after?.createdUs ?? null, input.after?.id ?? null, input.limit],
  );
  return rows;
}
