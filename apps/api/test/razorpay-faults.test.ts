import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestUser } from './support/api-harness';
import { type ShopFixture, startShop } from './support/payments-fixture';

// The API gives Razorpay 1.5 s here (RAZORPAY_TIMEOUT_MS; 8 s in production).
const TIMEOUT_MS = 1500;

let shop: ShopFixture;
beforeAll(async () => {
  shop = await startShop({ env: { RAZORPAY_TIMEOUT_MS: String(TIMEOUT_MS) } });
});
afterAll(() => shop?.stop());

async function attemptCheckout(user: TestUser) {
  const line = await shop.addToCart(user, 1, 2);
  const cartBefore = await shop.cartOf(user);
  const stockBefore = await shop.stockOf(1);
  const started = performance.now();
  const response = await shop.checkout(user, [line]);
  const elapsedMs = performance.now() - started;
  return { response, elapsedMs, cartBefore, stockBefore };
}

async function expectNothingChanged(user: TestUser, before: { cartBefore: unknown; stockBefore: number }) {
  expect(await shop.cartOf(user)).toEqual(before.cartBefore);
  expect(await shop.stockOf(1)).toBe(before.stockBefore);
  expect(await shop.ordersOf(user)).toEqual([]);
}

describe('create-razorpay-order when Razorpay misbehaves', () => {
  it('answers 504 upstream_unavailable within the timeout when Razorpay is slower than it, cart untouched', async () => {
    shop.sandbox.setFault({ mode: 'slow', delayMs: 10_000 });
    try {
      const user = await shop.api.createUser();
      const attempt = await attemptCheckout(user);
      expect(attempt.response).toMatchObject({
        status: 504,
        body: { error: { code: 'upstream_unavailable' } },
      });
      expect(attempt.elapsedMs).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
      expect(attempt.elapsedMs).toBeLessThan(TIMEOUT_MS + 1000);
      await expectNothingChanged(user, attempt);
    } finally {
      shop.sandbox.setFault({ mode: 'normal' });
    }
  });

  it('answers 502 upstream_unavailable at once when Razorpay answers 500, cart untouched', async () => {
    shop.sandbox.setFault({ mode: 'fail' });
    try {
      const user = await shop.api.createUser();
      const attempt = await attemptCheckout(user);
      expect(attempt.response).toMatchObject({
        status: 502,
        body: { error: { code: 'upstream_unavailable' } },
      });
      expect(attempt.response.body.error.message).toMatch(/Nothing was charged/);
      expect(attempt.elapsedMs).toBeLessThan(1000);
      await expectNothingChanged(user, attempt);
    } finally {
      shop.sandbox.setFault({ mode: 'normal' });
    }
  });

  it('answers 502 when Razorpay rejects the API credentials, without leaking them', async () => {
    const wrongKeys = await startShop({ env: { RAZORPAY_KEY_SECRET: 'a-wrong-secret' } });
    try {
      const user = await wrongKeys.api.createUser();
      const line = await wrongKeys.addToCart(user, 2, 1);
      const response = await wrongKeys.checkout(user, [line]);
      expect(response).toMatchObject({ status: 502, body: { error: { code: 'upstream_unavailable' } } });
      expect(JSON.stringify(response.body)).not.toMatch(/a-wrong-secret|Authentication failed/);
      expect(await wrongKeys.ordersOf(user)).toEqual([]);
      expect(wrongKeys.sandbox.orderRequests).toEqual([]);
    } finally {
      await wrongKeys.stop();
    }
  });

  it('works again as soon as Razorpay recovers', async () => {
    const user = await shop.api.createUser();
    const attempt = await attemptCheckout(user);
    expect(attempt.response.status).toBe(201);
  });

  it('answers 503 upstream_unavailable fast when Razorpay cannot be reached at all, cart untouched', async () => {
    await shop.sandbox.stop();
    const user = await shop.api.createUser();
    const attempt = await attemptCheckout(user);
    expect(attempt.response).toMatchObject({
      status: 503,
      body: { error: { code: 'upstream_unavailable' } },
    });
    expect(attempt.elapsedMs).toBeLessThan(1000);
    await expectNothingChanged(user, attempt);
    // The rest of the shop keeps working without Razorpay.
    expect((await shop.api.request('GET', '/api/cart', { user })).status).toBe(200);
  });
});
