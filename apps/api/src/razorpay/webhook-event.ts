import { z } from 'zod';

const razorpayIdSchema = z.string().regex(/^[A-Za-z0-9_]{1,64}$/);

const paymentEntitySchema = z.object({
  id: razorpayIdSchema,
  order_id: razorpayIdSchema.nullable().optional(),
  status: z.string(),
  amount: z.int().optional(),
});

/** The parts of Razorpay's webhook envelope this project reads; everything else is ignored. */
export const razorpayWebhookEventSchema = z.object({
  event: z.string(),
  payload: z.object({
    payment: z.object({ entity: paymentEntitySchema }).optional(),
    order: z.object({ entity: z.object({ id: razorpayIdSchema }) }).optional(),
  }),
});
export type RazorpayWebhookEvent = z.infer<typeof razorpayWebhookEventSchema>;
