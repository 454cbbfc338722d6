import { type CartItem, MAX_CART_QUANTITY } from '@hormohelp/contracts';
import type { Pool } from '@hormohelp/db';
import { AppError } from '@hormohelp/server-kit';
import { isForeignKeyViolation } from '../../http/pg-errors';
import { addToCartLine, findCartLine, findCartLines } from './cart-repository';
import { findProductStock } from './product-repository';
import { toCartItem } from './shop-rows';

/**
 * Adds `quantity` of a product to the caller's cart, merging with the line already there. A line never
 * holds more than 99 nor more than the product's stock: going past either is 409 `conflict`, with what
 * is already in the cart and the most that can be added, and the line is left as it was.
 */
export async function addToCart(
  db: Pool,
  input: { userId: string; productId: number; quantity: number },
): Promise<CartItem> {
  const id = await addToCartLine(db, input).catch((error: unknown) => {
    // A valid token whose account has since been deleted: its cart line cannot reference it.
    throw isForeignKeyViolation(error) ? new AppError('not_found') : error;
  });
  if (id) {
    const line = await findCartLine(db, input.userId, id);
    if (line) return toCartItem(line);
  }
  const stock = await findProductStock(db, input.productId);
  if (stock === undefined) throw new AppError('not_found', { message: 'This product does not exist.' });
  const { lines } = await findCartLines(db, input.userId);
  const inCart = lines.find((line) => line.product_id === input.productId)?.quantity ?? 0;
  const limit = Math.min(stock, MAX_CART_QUANTITY);
  throw new AppError('conflict', {
    message:
      stock === 0
        ? 'This product is out of stock.'
        : `You can have at most ${limit} of this product in your cart; you already have ${inCart}.`,
    details: { productId: input.productId, inCart, maxQuantity: limit, stock },
  });
}
