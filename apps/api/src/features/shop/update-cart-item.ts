import type { CartItem } from '@hormohelp/contracts';
import type { Pool } from '@hormohelp/db';
import { AppError } from '@hormohelp/server-kit';
import { findCartLine, setCartLineQuantity } from './cart-repository';
import { toCartItem } from './shop-rows';

/** Sets a line's quantity (1–99 checked by the schema); more than the stock is 409 `conflict`. */
export async function updateCartItem(
  db: Pool,
  input: { userId: string; id: string; quantity: number },
): Promise<CartItem> {
  const updated = await setCartLineQuantity(db, input);
  const line = await findCartLine(db, input.userId, input.id);
  if (!line) throw new AppError('not_found');
  if (!updated)
    throw new AppError('conflict', {
      message: `Only ${line.stock} of this product ${line.stock === 1 ? 'is' : 'are'} in stock.`,
      details: { productId: line.product_id, stock: line.stock },
    });
  return toCartItem(line);
}
