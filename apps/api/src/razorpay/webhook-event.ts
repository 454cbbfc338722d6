import { z } from 'zod';

const paymentEntitySchema = z.object({
  id: z.string().min(1),
  order_id: z.string().nullable().optional(),
  status: z.string(),
  amount: z.int().optional(),
});

/** The parts of Razorpay's webhook envelope this project reads; everything else is ignored. */
export const razorpayWebhookEventSchema = z.object({
  event: z.string(),
  payload: z.object({
    payment: z.object({ entity: paymentEntitySchema }).optional(),
    order: z.object({ entity: z.object({ id: z.string().min(1) }) }).optional(),
  }),
});
export type RazorpayWebhookEvent = z.infer<typeof razorpayWebhookEventSchema>;
