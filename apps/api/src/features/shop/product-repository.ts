import type { Pool } from '@hormohelp/db';
import { PRODUCT_COLUMNS, type ProductRow } from './shop-rows';

export async function findProducts(db: Pool, category: string | undefined): Promise<ProductRow[]> {
  const { rows } = await db.query<ProductRow>(
    `SELECT ${PRODUCT_COLUMNS} FROM products p
     WHERE $1::text IS NULL OR p.category = $1
     ORDER BY p.category, p.id`,
    [category ?? null],
  );
  return rows;
}

export async function findProductStock(db: Pool, productId: number): Promise<number | undefined> {
  const { rows } = await db.query<{ stock: number }>('SELECT stock FROM products WHERE id = $1', [productId]);
  return rows[0]?.stock;
}
