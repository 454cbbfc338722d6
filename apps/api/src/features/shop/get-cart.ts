import type { CartItem } from '@hormohelp/contracts';
import type { Pool } from '@hormohelp/db';
import { findCartLines } from './cart-repository';
import { toCartItem } from './shop-rows';

export async function getCart(
  db: Pool,
  userId: string,
): Promise<{ items: CartItem[]; subtotalPaise: number }> {
  const { lines, subtotalPaise } = await findCartLines(db, userId);
  return { items: lines.map(toCartItem), subtotalPaise };
}
