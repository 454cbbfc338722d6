/**
 * A real API (fresh PostgreSQL) wired to a real local Razorpay sandbox over HTTP, both on port 0: the
 * API creates orders at the sandbox, the sandbox signs payments and sends its webhooks to the API.
 */
import { createHmac } from 'node:crypto';
import {
  createRazorpaySandbox,
  type RazorpaySandbox,
  type RazorpaySandboxOptions,
} from '../../../razorpay-sandbox/src/index';
import { type ApiHarness, startApiHarness, type TestUser } from './api-harness';

type ApiResponse = Awaited<ReturnType<ApiHarness['request']>>;

export const KEY_ID = 'rzp_test_payments';
export const KEY_SECRET = 'payments_key_secret';
export const WEBHOOK_SECRET = 'payments_webhook_secret';

export interface ShopFixture {
  api: ApiHarness;
  sandbox: RazorpaySandbox;
  addToCart(user: TestUser, productId: number, quantity?: number): Promise<string>;
  checkout(user: TestUser, cartItemIds: string[]): Promise<ApiResponse>;
  stockOf(productId: number): Promise<number>;
  cartOf(user: TestUser): Promise<{ id: string; product_id: number; quantity: number }[]>;
  ordersOf(
    user: TestUser,
  ): Promise<{ status: string; razorpay_order_id: string; razorpay_payment_id: string | null }[]>;
  sendWebhook(body: unknown, options?: { eventId?: string; signature?: string }): Promise<ApiResponse>;
  stop(): Promise<void>;
}

export function signPayment(orderId: string, paymentId: string, secret = KEY_SECRET): string {
  return createHmac('sha256', secret).update(`${orderId}|${paymentId}`).digest('hex');
}

export async function startShop(
  options: { sandbox?: Partial<RazorpaySandboxOptions>; env?: Record<string, string> } = {},
): Promise<ShopFixture> {
  const sandbox = await createRazorpaySandbox({
    keyId: KEY_ID,
    keySecret: KEY_SECRET,
    webhookSecret: WEBHOOK_SECRET,
    webhookDelayMs: 0,
    webhooksEnabled: false,
    ...options.sandbox,
  });
  const api = await startApiHarness({
    RAZORPAY_KEY_ID: KEY_ID,
    RAZORPAY_KEY_SECRET: KEY_SECRET,
    RAZORPAY_WEBHOOK_SECRET: WEBHOOK_SECRET,
    RAZORPAY_API_URL: sandbox.url,
    RAZORPAY_TIMEOUT_MS: '1500',
    ...options.env,
  });
  sandbox.webhooks.settings.url = `${api.url}/api/payments/razorpay/webhook`;

  return {
    api,
    sandbox,
    async addToCart(user, productId, quantity = 1) {
      const response = await api.request('POST', '/api/cart', { user, body: { productId, quantity } });
      if (response.status !== 201)
        throw new Error(`add to cart: ${response.status} ${JSON.stringify(response.body)}`);
      return response.body.item.id as string;
    },
    checkout: (user, cartItemIds) =>
      api.request('POST', '/api/orders/create-razorpay-order', {
        user,
        body: { cart_item_ids: cartItemIds },
      }),
    async stockOf(productId) {
      const { rows } = await api.pool.query<{ stock: number }>('SELECT stock FROM products WHERE id = $1', [
        productId,
      ]);
      return rows[0]!.stock;
    },
    async cartOf(user) {
      const { rows } = await api.pool.query(
        'SELECT id, product_id, quantity FROM cart_items WHERE user_id = $1 ORDER BY product_id',
        [user.id],
      );
      return rows;
    },
    async ordersOf(user) {
      const { rows } = await api.pool.query(
        'SELECT status, razorpay_order_id, razorpay_payment_id FROM orders WHERE user_id = $1 ORDER BY created_at',
        [user.id],
      );
      return rows;
    },
    async sendWebhook(body, { eventId, signature } = {}) {
      const raw = typeof body === 'string' ? body : JSON.stringify(body);
      return api.request('POST', '/api/payments/razorpay/webhook', {
        body: raw,
        headers: {
          'x-razorpay-signature': signature ?? createHmac('sha256', WEBHOOK_SECRET).update(raw).digest('hex'),
          ...(eventId && { 'x-razorpay-event-id': eventId }),
        },
      });
    },
    async stop() {
      await sandbox.webhooks.settled();
      await api.stop();
      await sandbox.stop();
    },
  };
}

/** Razorpay's payment.captured envelope for a sandbox payment, as the real service shapes it. */
export function capturedEvent(orderId: string, paymentId: string, amount: number) {
  return {
    entity: 'event',
    account_id: 'acc_TestAccount0001',
    event: 'payment.captured',
    contains: ['payment'],
    payload: {
      payment: {
        entity: {
          id: paymentId,
          entity: 'payment',
          amount,
          currency: 'INR',
          status: 'captured',
          order_id: orderId,
        },
      },
    },
    created_at: Math.floor(Date.now() / 1000),
  };
}
