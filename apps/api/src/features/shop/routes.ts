import { addToCartBodySchema, productListQuerySchema, updateCartItemBodySchema } from '@hormohelp/contracts';
import { route, validate } from '@hormohelp/server-kit';
import { Router } from 'express';
import type { ApiDeps } from '../../deps';
import { parsePathId } from '../../http/path-id';
import { addToCart } from './add-to-cart';
import { getCart } from './get-cart';
import { listProducts } from './list-products';
import { removeCartItem } from './remove-cart-item';
import { updateCartItem } from './update-cart-item';

/** Products and the caller's cart; every cart query is scoped to the token's user in SQL. */
export function shopRouter({ pool }: ApiDeps): Router {
  const router = Router();

  router.get(
    '/api/products',
    route(async (req, res) => {
      const { category } = validate(productListQuerySchema, req.query);
      res.json(await listProducts(pool, category));
    }),
  );

  router.get(
    '/api/cart',
    route(async (req, res) => {
      res.json(await getCart(pool, req.user.sub));
    }),
  );

  router.post(
    '/api/cart',
    route(async (req, res) => {
      const body = validate(addToCartBodySchema, req.body);
      res.status(201).json({ item: await addToCart(pool, { userId: req.user.sub, ...body }) });
    }),
  );

  router.patch(
    '/api/cart/:id',
    route(async (req, res) => {
      const id = parsePathId(req.params.id);
      const { quantity } = validate(updateCartItemBodySchema, req.body);
      res.json({ item: await updateCartItem(pool, { userId: req.user.sub, id, quantity }) });
    }),
  );

  router.delete(
    '/api/cart/:id',
    route(async (req, res) => {
      const id = parsePathId(req.params.id);
      await removeCartItem(pool, { userId: req.user.sub, id });
      res.status(204).end();
    }),
  );

  return router;
}
