import {
  createRazorpayOrderBodySchema,
  listQuerySchema,
  verifyPaymentBodySchema,
} from '@hormohelp/contracts';
import { route, validate } from '@hormohelp/server-kit';
import { Router } from 'express';
import type { ApiDeps } from '../../deps';
import { requireVerifiedEmail } from '../../http/authenticate';
import { razorpayClientFromConfig } from '../../razorpay/razorpay-client';
import { createRazorpayOrder } from './create-razorpay-order';
import { listOrders } from './list-orders';
import { verifyPayment } from './verify-payment';

/** The seed's Razorpay flow: create the order server-side, verify the checkout's signature, list orders. */
export function ordersRouter({ pool, config }: ApiDeps): Router {
  const router = Router();
  const razorpay = razorpayClientFromConfig(config);

  router.get(
    '/api/orders',
    route(async (req, res) => {
      const { limit, cursor } = validate(listQuerySchema, req.query);
      res.json(await listOrders(pool, { userId: req.user.sub, limit, cursor }));
    }),
  );

  router.post(
    '/api/orders/create-razorpay-order',
    requireVerifiedEmail,
    route(async (req, res) => {
      const { cart_item_ids } = validate(createRazorpayOrderBodySchema, req.body);
      const deps = { pool, razorpay, keyId: config.RAZORPAY_KEY_ID };
      res
        .status(201)
        .json(await createRazorpayOrder(deps, { userId: req.user.sub, cartItemIds: cart_item_ids }));
    }),
  );

  router.post(
    '/api/orders/verify-payment',
    requireVerifiedEmail,
    route(async (req, res) => {
      const body = validate(verifyPaymentBodySchema, req.body);
      const { order, newlyPaid } = await verifyPayment(
        { pool, keySecret: config.RAZORPAY_KEY_SECRET },
        {
          userId: req.user.sub,
          razorpayOrderId: body.razorpay_order_id,
          paymentId: body.razorpay_payment_id,
          signature: body.razorpay_signature,
        },
      );
      res.status(newlyPaid ? 201 : 200).json({ order });
    }),
  );

  return router;
}
