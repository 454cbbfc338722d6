import {
  createRazorpayOrderBodySchema,
  listQuerySchema,
  verifyPaymentBodySchema,
} from '@hormohelp/contracts';
import { json, Router, validate } from '@hormohelp/server-kit';
import type { ApiDeps } from '../../deps';
import { requireVerifiedEmail } from '../../http/authenticate';
import type { ApiContext } from '../../http/context';
import { razorpayClientFromConfig } from '../../razorpay/razorpay-client';
import { createRazorpayOrder } from './create-razorpay-order';
import { listOrders } from './list-orders';
import { verifyPayment } from './verify-payment';

/**
 * The seed's Razorpay flow: create the order server-side (201, or 200 with the open checkout these
 * cart lines already have), verify the checkout's signature, list orders.
 */
export function ordersRouter({ pool, config, rateLimits }: ApiDeps): Router<ApiContext> {
  const razorpay = razorpayClientFromConfig(config);
  return new Router<ApiContext>()
    .get('/api/orders', async ({ user, query }) => {
      const { limit, cursor } = validate(listQuerySchema, query);
      return json(await listOrders(pool, { userId: user.sub, limit, cursor }));
    })
    .post('/api/orders/create-razorpay-order', requireVerifiedEmail, async ({ user, body }) => {
      const { cart_item_ids } = validate(createRazorpayOrderBodySchema, body);
      const deps = { pool, razorpay, keyId: config.RAZORPAY_KEY_ID, rateLimits };
      const { checkout, created } = await createRazorpayOrder(deps, {
        userId: user.sub,
        cartItemIds: cart_item_ids,
      });
      return json(checkout, created ? 201 : 200);
    })
    .post('/api/orders/verify-payment', requireVerifiedEmail, async ({ user, body }) => {
      const payment = validate(verifyPaymentBodySchema, body);
      const { order, newlyPaid } = await verifyPayment(
        { pool, keySecret: config.RAZORPAY_KEY_SECRET },
        {
          userId: user.sub,
          razorpayOrderId: payment.razorpay_order_id,
          paymentId: payment.razorpay_payment_id,
          signature: payment.razorpay_signature,
        },
      );
      return json({ order }, newlyPaid ? 201 : 200);
    });
}
