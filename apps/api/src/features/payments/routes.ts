import { AppError, BODY_LIMIT, route } from '@hormohelp/server-kit';
import express, { Router } from 'express';
import type { ApiDeps } from '../../deps';
import { isValidWebhookSignature } from '../../razorpay/signatures';
import { razorpayWebhookEventSchema } from '../../razorpay/webhook-event';
import { handleRazorpayWebhook } from './handle-razorpay-webhook';

/**
 * POST /api/payments/razorpay/webhook: no token, Razorpay authenticates with X-Razorpay-Signature over
 * the raw body bytes, which is why this router reads its own body before the JSON parser.
 */
export function razorpayWebhookRouter({ pool, logger, config }: ApiDeps): Router {
  const router = Router();
  router.post(
    '/api/payments/razorpay/webhook',
    express.raw({ type: () => true, limit: BODY_LIMIT }),
    route(async (req, res) => {
      const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const signature = req.get('x-razorpay-signature') ?? '';
      if (!isValidWebhookSignature(raw, signature, config.RAZORPAY_WEBHOOK_SECRET))
        throw new AppError('invalid_signature', { message: 'The webhook signature is not valid.' });

      let parsed: unknown;
      try {
        parsed = JSON.parse(raw.toString('utf8'));
      } catch {
        throw new AppError('invalid_json');
      }
      const event = razorpayWebhookEventSchema.safeParse(parsed);
      if (!event.success) {
        req.log.warn('signed Razorpay webhook with an unexpected shape: ignored');
        return void res.json({ status: 'ignored' });
      }
      const eventId = req.get('x-razorpay-event-id')?.slice(0, 100) || undefined;
      const outcome = await handleRazorpayWebhook(
        { pool, logger: req.log ?? logger },
        { eventId, event: event.data },
      );
      res.json({ status: outcome });
    }),
  );
  return router;
}
