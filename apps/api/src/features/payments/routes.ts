import { AppError, type Server, useRawBodies } from '@hormohelp/server-kit';
import { z } from 'zod';
import type { ApiDeps } from '../../deps';
import { isValidWebhookSignature } from '../../razorpay/signatures';
import { razorpayWebhookEventSchema } from '../../razorpay/webhook-event';
import { handleRazorpayWebhook } from './handle-razorpay-webhook';

const razorpayEventSchema = z
  .object({ event: z.string(), payload: z.record(z.string(), z.unknown()) })
  .loose()
  .describe('A Razorpay webhook event; the signature covers the raw bytes of the body.');

const webhookOutcomeSchema = z.object({ status: z.string() });

/** The body is documented as the event it carries, and read as bytes: the signature covers them. */
const bytesAsTheyCame = () => (data: unknown) => ({ value: data });

/**
 * POST /api/payments/razorpay/webhook: no token, Razorpay authenticates with X-Razorpay-Signature over
 * the raw body bytes, which is why this route reads its body raw instead of as JSON.
 */
export async function razorpayWebhookRoutes(app: Server, { pool, config }: ApiDeps): Promise<void> {
  await app.register(async (scope: Server) => {
    useRawBodies(scope as never);
    scope.post(
      '/api/payments/razorpay/webhook',
      {
        config: { access: 'public', errors: ['invalid_signature', 'invalid_json'] },
        validatorCompiler: bytesAsTheyCame,
        schema: {
          summary: "Razorpay's webhook, authenticated by X-Razorpay-Signature over the raw body",
          tags: ['orders'],
          security: [{ razorpaySignature: [] }],
          body: razorpayEventSchema,
          response: { 200: webhookOutcomeSchema },
        },
      },
      async (request) => {
        const raw = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        const signature = headerOf(request.headers['x-razorpay-signature']);
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
          request.log.warn('signed Razorpay webhook with an unexpected shape: ignored');
          return { status: 'ignored' };
        }
        const eventId = headerOf(request.headers['x-razorpay-event-id']).slice(0, 100) || undefined;
        const outcome = await handleRazorpayWebhook(
          { pool, logger: request.log },
          { rawBody: raw, eventId, event: event.data },
        );
        return { status: outcome };
      },
    );
  });
}

function headerOf(value: string | string[] | undefined): string {
  return Array.isArray(value) ? value.join(', ') : (value ?? '');
}
