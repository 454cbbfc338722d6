import {
  addToCartBodySchema,
  cartItemSchema,
  cartSchema,
  idParamsSchema,
  itemOf,
  noContentSchema,
  productListQuerySchema,
  productListSchema,
  updateCartItemBodySchema,
} from '@hormohelp/contracts';
import type { Server } from '@hormohelp/server-kit';
import type { ApiDeps } from '../../deps';
import { addToCart } from './add-to-cart';
import { getCart } from './get-cart';
import { listProducts } from './list-products';
import { removeCartItem } from './remove-cart-item';
import { updateCartItem } from './update-cart-item';

/** Products and the caller's cart; every cart query is scoped to the token's user in SQL. */
export function shopRoutes(app: Server, { pool }: ApiDeps): void {
  app.get(
    '/api/products',
    {
      config: { access: 'signed-in' },
      schema: {
        summary: 'Products, optionally of one category',
        tags: ['shop'],
        querystring: productListQuerySchema,
        response: { 200: productListSchema },
      },
    },
    async (request) => listProducts(pool, request.query.category),
  );
  app.get(
    '/api/cart',
    {
      config: { access: 'signed-in' },
      schema: { summary: 'Your cart', tags: ['shop'], response: { 200: cartSchema } },
    },
    async (request) => getCart(pool, request.user.sub),
  );
  app.post(
    '/api/cart',
    {
      config: { access: 'signed-in', errors: ['not_found', 'conflict'] },
      schema: {
        summary: 'Add a product to your cart (adds to an existing line)',
        tags: ['shop'],
        body: addToCartBodySchema,
        response: { 201: itemOf(cartItemSchema) },
      },
    },
    async (request, reply) => {
      reply.code(201);
      return { item: await addToCart(pool, { userId: request.user.sub, ...request.body }) };
    },
  );
  app.patch(
    '/api/cart/:id',
    {
      config: { access: 'signed-in', errors: ['not_found', 'conflict'] },
      schema: {
        summary: 'Set the quantity of a cart line (1–99)',
        tags: ['shop'],
        params: idParamsSchema,
        body: updateCartItemBodySchema,
        response: { 200: itemOf(cartItemSchema) },
      },
    },
    async (request) => {
      const change = { userId: request.user.sub, id: request.params.id, quantity: request.body.quantity };
      return { item: await updateCartItem(pool, change) };
    },
  );
  app.delete(
    '/api/cart/:id',
    {
      config: { access: 'signed-in', errors: ['not_found'] },
      schema: {
        summary: 'Remove a cart line',
        tags: ['shop'],
        params: idParamsSchema,
        response: { 204: noContentSchema },
      },
    },
    async (request, reply) => {
      await removeCartItem(pool, { userId: request.user.sub, id: request.params.id });
      return reply.code(204).send(null);
    },
  );
}
