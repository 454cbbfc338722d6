import { AppError, json, Router } from '@hormohelp/server-kit';
import type { ApiDeps } from '../../deps';
import type { ApiContext } from '../../http/context';
import { isValidWebhookSignature } from '../../razorpay/signatures';
import { razorpayWebhookEventSchema } from '../../razorpay/webhook-event';
import { handleRazorpayWebhook } from './handle-razorpay-webhook';

/**
 * POST /api/payments/razorpay/webhook: no token, Razorpay authenticates with X-Razorpay-Signature over
 * the raw body bytes, which is why this route reads its body raw instead of as JSON.
 */
export function razorpayWebhookRouter({ pool, config }: ApiDeps): Router<ApiContext> {
  return new Router<ApiContext>().route({
    method: 'POST',
    path: '/api/payments/razorpay/webhook',
    body: 'raw',
    isPublic: true,
    async handler(context) {
      const raw = Buffer.isBuffer(context.body) ? context.body : Buffer.alloc(0);
      const signature = context.header('x-razorpay-signature') ?? '';
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
        context.log.warn('signed Razorpay webhook with an unexpected shape: ignored');
        return json({ status: 'ignored' });
      }
      const eventId = context.header('x-razorpay-event-id')?.slice(0, 100) || undefined;
      const outcome = await handleRazorpayWebhook(
        { pool, logger: context.log },
        { rawBody: raw, eventId, event: event.data },
      );
      return json({ status: outcome });
    },
  });
}
