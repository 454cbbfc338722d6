import { AppError } from '@hormohelp/server-kit';
import { z } from 'zod';

/** The parts of Razorpay's order entity this project reads. */
const razorpayOrderSchema = z.object({
  id: z.string().min(1),
  amount: z.int(),
  currency: z.string(),
  status: z.string(),
});
export type RazorpayOrder = z.infer<typeof razorpayOrderSchema>;

const razorpayPaymentSchema = z.object({
  id: z.string().min(1),
  order_id: z.string().nullable(),
  amount: z.int(),
  status: z.string(),
});
export type RazorpayPayment = z.infer<typeof razorpayPaymentSchema>;

const paymentCollectionSchema = z.object({ items: z.array(razorpayPaymentSchema) });

export interface RazorpayClientOptions {
  apiUrl: string;
  keyId: string;
  keySecret: string;
  timeoutMs: number;
}

export interface CreateOrderInput {
  amount: number;
  currency: 'INR';
  receipt: string;
  notes: Record<string, string>;
}

export interface RazorpayClient {
  createOrder(input: CreateOrderInput): Promise<RazorpayOrder>;
  fetchOrderPayments(orderId: string): Promise<RazorpayPayment[]>;
}

/**
 * A small client for Razorpay's REST API over fetch, with the base URL from RAZORPAY_API_URL so the
 * production path and the tested path are one code path. Every failure of Razorpay (slow, refusing,
 * 5xx, unreadable answer, rejected credentials) is an `upstream_unavailable` AppError: 504 when it
 * timed out, 503 when it could not be reached, 502 when it answered badly.
 */
export function createRazorpayClient(options: RazorpayClientOptions): RazorpayClient {
  const authorization = `Basic ${Buffer.from(`${options.keyId}:${options.keySecret}`).toString('base64')}`;
  const base = options.apiUrl.replace(/\/+$/, '');

  async function call<T extends z.ZodType>(method: string, path: string, schema: T, body?: unknown) {
    let response: Response;
    try {
      response = await fetch(base + path, {
        method,
        headers: {
          authorization,
          accept: 'application/json',
          ...(body !== undefined && { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(options.timeoutMs),
      });
    } catch (error) {
      const timedOut = error instanceof Error && error.name === 'TimeoutError';
      throw upstreamError(timedOut ? 504 : 503, `Razorpay ${timedOut ? 'timed out' : 'unreachable'}`, error);
    }
    const payload = await response.json().catch(() => undefined);
    if (!response.ok) {
      const description = (payload as { error?: { description?: unknown } } | undefined)?.error?.description;
      throw upstreamError(
        502,
        `Razorpay answered ${response.status}: ${String(description ?? 'no description')}`,
      );
    }
    const parsed = schema.safeParse(payload);
    if (!parsed.success) throw upstreamError(502, 'Razorpay answered with an unexpected body');
    return parsed.data as z.output<T>;
  }

  return {
    createOrder: (input) => call('POST', '/v1/orders', razorpayOrderSchema, input),
    async fetchOrderPayments(orderId) {
      const collection = await call(
        'GET',
        `/v1/orders/${encodeURIComponent(orderId)}/payments`,
        paymentCollectionSchema,
      );
      return collection.items;
    },
  };
}

function upstreamError(status: number, reason: string, cause?: unknown): AppError {
  return new AppError('upstream_unavailable', {
    status,
    message: 'The payment service is not answering right now. Nothing was charged; please try again shortly.',
    cause: cause ?? new Error(reason),
  });
}

export function razorpayClientFromConfig(config: {
  RAZORPAY_API_URL: string;
  RAZORPAY_KEY_ID: string;
  RAZORPAY_KEY_SECRET: string;
  RAZORPAY_TIMEOUT_MS: number;
}): RazorpayClient {
  return createRazorpayClient({
    apiUrl: config.RAZORPAY_API_URL,
    keyId: config.RAZORPAY_KEY_ID,
    keySecret: config.RAZORPAY_KEY_SECRET,
    timeoutMs: config.RAZORPAY_TIMEOUT_MS,
  });
}
