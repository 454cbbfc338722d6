import { orderListSchema } from '@hormohelp/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ShopFixture, startShop } from './support/payments-fixture';

let shop: ShopFixture;
beforeAll(async () => {
  shop = await startShop();
});
afterAll(() => shop?.stop());

describe('GET /api/orders', () => {
  it("lists only the caller's orders, newest first, with keyset pages that neither skip nor repeat", async () => {
    const buyer = await shop.api.createUser();
    const other = await shop.api.createUser();
    const created: string[] = [];
    for (const productId of [1, 2, 3, 4, 5]) {
      const line = await shop.addToCart(buyer, productId, 1);
      created.push((await shop.checkout(buyer, [line])).body.razorpay_order_id);
    }
    await shop.checkout(other, [await shop.addToCart(other, 6, 1)]);
    // Two orders in the same microsecond must still page correctly (ties broken by id).
    await shop.api.pool.query(
      `UPDATE orders SET created_at = (SELECT created_at FROM orders WHERE razorpay_order_id = $1)
       WHERE razorpay_order_id = $2`,
      [created[1], created[2]],
    );

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?limit=2&cursor=${cursor}` : '?limit=2';
      const response = await shop.api.request('GET', `/api/orders${query}`, { user: buyer });
      expect(response.status).toBe(200);
      const page = orderListSchema.parse(response.body);
      seen.push(...page.items.map((order) => order.razorpayOrderId!));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(5);
    expect(new Set(seen)).toEqual(new Set(created));
    expect(seen[0]).toBe(created[4]);
    expect(seen.at(-1)).toBe(created[0]);
  });

  it('shows a pending order with its snapshot and total in paise', async () => {
    const user = await shop.api.createUser();
    await shop.checkout(user, [await shop.addToCart(user, 1, 3)]);
    const response = await shop.api.request('GET', '/api/orders', { user });
    expect(response.body).toMatchObject({
      items: [{ status: 'pending', totalPaise: 389700, razorpayPaymentId: null, items: [{ quantity: 3 }] }],
      nextCursor: null,
    });
  });

  it('answers someone without orders with an empty list', async () => {
    const user = await shop.api.createUser();
    const response = await shop.api.request('GET', '/api/orders', { user });
    expect(response).toMatchObject({ status: 200, body: { items: [], nextCursor: null } });
  });

  it.each(['?cursor=garbage', '?limit=0', '?limit=101', '?limit=abc'])(
    'rejects %s with validation_error',
    async (query) => {
      const user = await shop.api.createUser();
      const response = await shop.api.request('GET', `/api/orders${query}`, { user });
      expect(response).toMatchObject({ status: 400, body: { error: { code: 'validation_error' } } });
    },
  );

  it('refuses a request without a token', async () => {
    expect((await shop.api.request('GET', '/api/orders')).status).toBe(401);
  });
});
