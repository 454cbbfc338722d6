import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestUser } from './support/api-harness';
import { type ShopFixture, startShop, WEBHOOK_SECRET } from './support/payments-fixture';

let shop: ShopFixture;
let user: TestUser;
let lineId: string;
beforeAll(async () => {
  shop = await startShop();
  user = await shop.api.createUser();
  lineId = await shop.addToCart(user, 1, 1);
});
afterAll(() => shop?.stop());

const RUNS = 60;

/** Generated JSON bodies: anything, and objects that look almost like the real ones. */
const bodies = fc.oneof(
  fc.jsonValue(),
  fc.record({ productId: fc.jsonValue(), quantity: fc.jsonValue() }, { requiredKeys: [] }),
  fc.record({ cart_item_ids: fc.oneof(fc.jsonValue(), fc.array(fc.oneof(fc.uuid(), fc.string()))) }),
  fc.record({
    razorpay_order_id: fc.oneof(fc.string(), fc.jsonValue()),
    razorpay_payment_id: fc.oneof(fc.string(), fc.jsonValue()),
    razorpay_signature: fc.oneof(fc.stringMatching(/^[0-9a-f]{64}$/), fc.jsonValue()),
  }),
);

function expectContractAnswer(response: Awaited<ReturnType<ShopFixture['sendWebhook']>>) {
  expect(response.status).toBeLessThan(500);
  if (response.status >= 400) {
    expect(Object.keys(response.body)).toEqual(['error']);
    expect(typeof response.body.error.code).toBe('string');
    expect(JSON.stringify(response.body)).not.toMatch(/at .+\.ts:\d+|SELECT|INSERT|stack/);
  }
}

describe('generated bodies thrown at the shop and payment routes', () => {
  it.each([
    ['POST', '/api/cart'],
    ['PATCH', '/api/cart/:own-line'],
    ['POST', '/api/orders/create-razorpay-order'],
    ['POST', '/api/orders/verify-payment'],
  ])('%s %s never answers a 5xx and always answers errors in the contract shape', async (method, path) => {
    await fc.assert(
      fc.asyncProperty(bodies, async (body) => {
        expectContractAnswer(
          await shop.api.request(method, path.replace(':own-line', lineId), {
            user,
            body: JSON.stringify(body),
          }),
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('the webhook, given correctly signed generated events, never answers a 5xx nor pays anything', async () => {
    const events = fc.oneof(
      fc.jsonValue(),
      fc.record({
        event: fc.constantFrom('payment.captured', 'order.paid', 'payment.failed', 'refund.created'),
        payload: fc.oneof(
          fc.jsonValue(),
          fc.record({ payment: fc.record({ entity: fc.dictionary(fc.string(), fc.jsonValue()) }) }),
        ),
      }),
    );
    await fc.assert(
      fc.asyncProperty(events, fc.string({ maxLength: 20 }), async (event, eventId) => {
        const raw = JSON.stringify(event);
        const response = await shop.sendWebhook(raw, {
          eventId: eventId || undefined,
          signature: createHmac('sha256', WEBHOOK_SECRET).update(raw).digest('hex'),
        });
        expectContractAnswer(response);
      }),
      { numRuns: RUNS },
    );
    expect(await shop.cartOf(user)).toEqual([
      expect.objectContaining({ id: lineId, quantity: expect.any(Number) }),
    ]);
    const { rows } = await shop.api.pool.query(`SELECT count(*) AS n FROM orders WHERE status = 'paid'`);
    expect(rows[0].n).toBe(0);
  });
});
