import {
  createRazorpayOrderBodySchema,
  listQuerySchema,
  orderListSchema,
  orderResponseSchema,
  razorpayOrderSchema,
  verifyPaymentBodySchema,
} from '@hormohelp/contracts';
import type { Server } from '@hormohelp/server-kit';
import type { ApiDeps } from '../../deps';
import { razorpayClientFromConfig } from '../../razorpay/razorpay-client';
import { createRazorpayOrder } from './create-razorpay-order';
import { listOrders } from './list-orders';
import { verifyPayment } from './verify-payment';

/**
 * Razorpay's checkout flow: create the order server-side (201, or 200 with the open checkout these
 * cart lines already have), verify the checkout's signature, list orders.
 */
export function ordersRoutes(app: Server, { pool, config, rateLimits }: ApiDeps): void {
  const razorpay = razorpayClientFromConfig(config);
  app.get(
    '/api/orders',
    {
      config: { access: 'signed-in' },
      schema: {
        summary: 'Your orders, newest first',
        tags: ['orders'],
        querystring: listQuerySchema,
        response: { 200: orderListSchema },
      },
    },
    async (request) => listOrders(pool, { userId: request.user.sub, ...request.query }),
  );
  app.post(
    '/api/orders/create-razorpay-order',
    {
      config: {
        access: 'verified',
        errors: ['not_found', 'conflict', 'upstream_unavailable', 'rate_limited'],
      },
      schema: {
        summary:
          'Create a Razorpay order priced from the database (200 with the open checkout these cart lines already have)',
        tags: ['orders'],
        body: createRazorpayOrderBodySchema,
        response: { 201: razorpayOrderSchema, 200: razorpayOrderSchema },
      },
    },
    async (request, reply) => {
      const deps = { pool, razorpay, keyId: config.RAZORPAY_KEY_ID, rateLimits };
      const { checkout, created } = await createRazorpayOrder(deps, {
        userId: request.user.sub,
        cartItemIds: request.body.cart_item_ids,
      });
      reply.code(created ? 201 : 200);
      return checkout;
    },
  );
  app.post(
    '/api/orders/verify-payment',
    {
      config: { access: 'verified', errors: ['invalid_signature', 'not_found'] },
      schema: {
        summary: 'Verify the checkout signature and record the order (200 with the same order when repeated)',
        tags: ['orders'],
        body: verifyPaymentBodySchema,
        response: { 201: orderResponseSchema, 200: orderResponseSchema },
      },
    },
    async (request, reply) => {
      const payment = request.body;
      const { order, newlyPaid } = await verifyPayment(
        { pool, keySecret: config.RAZORPAY_KEY_SECRET },
        {
          userId: request.user.sub,
          razorpayOrderId: payment.razorpay_order_id,
          paymentId: payment.razorpay_payment_id,
          signature: payment.razorpay_signature,
        },
      );
      reply.code(newlyPaid ? 201 : 200);
      return { order };
    },
  );
}
