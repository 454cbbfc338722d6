import { razorpayOrderSchema } from '@hormohelp/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEY_ID, type ShopFixture, startShop } from './support/payments-fixture';

let shop: ShopFixture;
beforeAll(async () => {
  shop = await startShop();
});
afterAll(() => shop?.stop());

describe('POST /api/orders/create-razorpay-order', () => {
  it('creates a Razorpay order for the database prices and records a pending order with the item snapshot', async () => {
    const user = await shop.api.createUser();
    const first = await shop.addToCart(user, 1, 2);
    const second = await shop.addToCart(user, 7, 1);
    const response = await shop.checkout(user, [first, second]);

    expect(response.status).toBe(201);
    const body = razorpayOrderSchema.parse(response.body);
    expect(body).toMatchObject({ amount: 2 * 129900 + 34900, currency: 'INR', key_id: KEY_ID });
    expect(body.razorpay_order_id).toMatch(/^order_[A-Za-z0-9]{14}$/);

    const received = shop.sandbox.orderRequests.at(-1)!;
    expect(received).toMatchObject({ amount: 294700, currency: 'INR' });
    const { rows } = await shop.api.pool.query(
      `SELECT id, status, total::text, items, cart_item_ids FROM orders WHERE razorpay_order_id = $1`,
      [body.razorpay_order_id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'pending', total: '2947.00' });
    expect(received.receipt).toBe(rows[0].id);
    expect(rows[0].items).toEqual([
      { productId: 1, name: 'Myo-Inositol & D-Chiro-Inositol 40:1', pricePaise: 129900, quantity: 2 },
      { productId: 7, name: 'Chamomile & Lemon Balm Sleep Tea', pricePaise: 34900, quantity: 1 },
    ]);
    expect([...rows[0].cart_item_ids].sort()).toEqual([first, second].sort());
    // Creating the order does not touch the cart: it empties only once the payment is verified.
    expect(await shop.cartOf(user)).toHaveLength(2);
  });

  it('charges the database price however the client tampers with prices in the body', async () => {
    const user = await shop.api.createUser();
    const line = await shop.addToCart(user, 1, 1);
    const response = await shop.api.request('POST', '/api/orders/create-razorpay-order', {
      user,
      body: { cart_item_ids: [line], amount: 100, items: [{ id: line, pricePaise: 100, quantity: 1 }] },
    });
    expect(response.status).toBe(201);
    expect(response.body.amount).toBe(129900);
    expect(shop.sandbox.orderRequests.at(-1)!.amount).toBe(129900);
  });

  it("refuses someone else's cart line in cart_item_ids with 404 and sends nothing to Razorpay", async () => {
    const buyer = await shop.api.createUser();
    const victim = await shop.api.createUser();
    const own = await shop.addToCart(buyer, 2, 1);
    const theirs = await shop.addToCart(victim, 1, 5);
    const before = shop.sandbox.orderRequests.length;

    const response = await shop.checkout(buyer, [own, theirs]);
    expect(response).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
    expect(response.body.error.details.missing).toEqual([theirs]);
    expect(shop.sandbox.orderRequests.length).toBe(before);
    expect(await shop.ordersOf(buyer)).toEqual([]);
    expect(await shop.cartOf(victim)).toEqual([expect.objectContaining({ id: theirs, quantity: 5 })]);
  });

  it('counts a cart line listed twice once', async () => {
    const user = await shop.api.createUser();
    const line = await shop.addToCart(user, 3, 1);
    const response = await shop.checkout(user, [line, line, line]);
    expect(response.body.amount).toBe(89900);
  });

  it('refuses a cart line whose quantity is over the current stock with 409 conflict', async () => {
    const user = await shop.api.createUser();
    const line = await shop.addToCart(user, 12, 3);
    await shop.api.pool.query('UPDATE products SET stock = 2 WHERE id = 12');
    const response = await shop.checkout(user, [line]);
    expect(response.status).toBe(409);
    expect(response.body.error.details.products).toEqual([{ productId: 12, stock: 2 }]);
    await shop.api.pool.query('UPDATE products SET stock = 100 WHERE id = 12');
  });

  it('needs a verified email: 403 email_not_verified', async () => {
    const user = await shop.api.createUser({ emailVerified: false });
    const line = await shop.addToCart(user, 1, 1);
    const response = await shop.checkout(user, [line]);
    expect(response).toMatchObject({ status: 403, body: { error: { code: 'email_not_verified' } } });
  });

  it.each([
    [{}],
    [{ cart_item_ids: [] }],
    [{ cart_item_ids: ['not-a-uuid'] }],
    [{ cart_item_ids: 'abc' }],
    [{ cart_item_ids: Array.from({ length: 101 }, () => '00000000-0000-4000-8000-000000000000') }],
  ])('rejects the body %j with validation_error', async (body) => {
    const user = await shop.api.createUser();
    const response = await shop.api.request('POST', '/api/orders/create-razorpay-order', { user, body });
    expect(response).toMatchObject({ status: 400, body: { error: { code: 'validation_error' } } });
  });

  it('refuses a request without a token with 401', async () => {
    const response = await shop.api.request('POST', '/api/orders/create-razorpay-order', {
      body: { cart_item_ids: ['00000000-0000-4000-8000-000000000000'] },
    });
    expect(response.status).toBe(401);
  });
});
