import { addToCartBodySchema, productListQuerySchema, updateCartItemBodySchema } from '@hormohelp/contracts';
import { json, noContent, Router, validate } from '@hormohelp/server-kit';
import type { ApiDeps } from '../../deps';
import type { ApiContext } from '../../http/context';
import { parsePathId } from '../../http/path-id';
import { addToCart } from './add-to-cart';
import { getCart } from './get-cart';
import { listProducts } from './list-products';
import { removeCartItem } from './remove-cart-item';
import { updateCartItem } from './update-cart-item';

/** Products and the caller's cart; every cart query is scoped to the token's user in SQL. */
export function shopRouter({ pool }: ApiDeps): Router<ApiContext> {
  return new Router<ApiContext>()
    .get('/api/products', async ({ query }) => {
      const { category } = validate(productListQuerySchema, query);
      return json(await listProducts(pool, category));
    })
    .get('/api/cart', async ({ user }) => json(await getCart(pool, user.sub)))
    .post('/api/cart', async ({ user, body }) => {
      const item = validate(addToCartBodySchema, body);
      return json({ item: await addToCart(pool, { userId: user.sub, ...item }) }, 201);
    })
    .patch('/api/cart/:id', async ({ user, body, params }) => {
      const id = parsePathId(params.id);
      const { quantity } = validate(updateCartItemBodySchema, body);
      return json({ item: await updateCartItem(pool, { userId: user.sub, id, quantity }) });
    })
    .delete('/api/cart/:id', async ({ user, params }) => {
      await removeCartItem(pool, { userId: user.sub, id: parsePathId(params.id) });
      return noContent();
    });
}
