import { MAX_CART_QUANTITY } from '@hormohelp/contracts';
import type { Pool } from '@hormohelp/db';
import { type CartLineRow, PRODUCT_COLUMNS } from './shop-rows';

const CART_LINE = `SELECT c.id, c.quantity, ${PRODUCT_COLUMNS}
  FROM cart_items c JOIN products p ON p.id = c.product_id`;

export async function findCartLines(
  db: Pool,
  userId: string,
): Promise<{ lines: CartLineRow[]; subtotalPaise: number }> {
  const { rows } = await db.query<CartLineRow & { subtotal_paise: number }>(
    `SELECT line.*, (SUM(line.price_paise * line.quantity) OVER ())::bigint AS subtotal_paise
     FROM (${CART_LINE} WHERE c.user_id = $1) line
     ORDER BY line.id`,
    [userId],
  );
  return { lines: rows, subtotalPaise: rows[0]?.subtotal_paise ?? 0 };
}

export async function findCartLine(db: Pool, userId: string, id: string): Promise<CartLineRow | undefined> {
  const { rows } = await db.query<CartLineRow>(`${CART_LINE} WHERE c.id = $1 AND c.user_id = $2`, [
    id,
    userId,
  ]);
  return rows[0];
}

/**
 * Adds to the caller's line for the product (ON CONFLICT ... DO UPDATE), only while the line
 * stays within 99 and the product's stock. Returns the line id, or undefined when nothing was written
 * (unknown product, or the cap would be exceeded).
 */
export async function addToCartLine(
  db: Pool,
  input: { userId: string; productId: number; quantity: number },
): Promise<string | undefined> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO cart_items AS c (user_id, product_id, quantity)
     SELECT $1, p.id, $3 FROM products p WHERE p.id = $2 AND $3 <= LEAST(p.stock, $4)
     ON CONFLICT (user_id, product_id) DO UPDATE
       SET quantity = c.quantity + EXCLUDED.quantity
       WHERE c.quantity + EXCLUDED.quantity
         <= LEAST($4, (SELECT stock FROM products WHERE id = EXCLUDED.product_id))
     RETURNING c.id`,
    [input.userId, input.productId, input.quantity, MAX_CART_QUANTITY],
  );
  return rows[0]?.id;
}

/** Sets the quantity of the caller's line when the product has that much in stock; false otherwise. */
export async function setCartLineQuantity(
  db: Pool,
  input: { userId: string; id: string; quantity: number },
): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE cart_items c SET quantity = $3 FROM products p
     WHERE c.id = $1 AND c.user_id = $2 AND p.id = c.product_id AND $3 <= p.stock`,
    [input.id, input.userId, input.quantity],
  );
  return rowCount === 1;
}

export async function deleteCartLine(db: Pool, userId: string, id: string): Promise<boolean> {
  const { rowCount } = await db.query('DELETE FROM cart_items WHERE id = $1 AND user_id = $2', [id, userId]);
  return rowCount === 1;
}
