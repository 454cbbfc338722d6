import { orderResponseSchema } from '@hormohelp/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestUser } from './support/api-harness';
import { type ShopFixture, signPayment, startShop } from './support/payments-fixture';

let shop: ShopFixture;
beforeAll(async () => {
  shop = await startShop();
});
afterAll(() => shop?.stop());

/** A cart with `quantity` of `productId`, an order for it, and the sandbox's signed payment. */
async function paidInSandbox(user: TestUser, productId = 1, quantity = 2) {
  const line = await shop.addToCart(user, productId, quantity);
  const created = await shop.checkout(user, [line]);
  expect(created.status).toBe(201);
  const payment = shop.sandbox.pay(created.body.razorpay_order_id) as {
    razorpay_order_id: string;
    razorpay_payment_id: string;
    razorpay_signature: string;
  };
  return { line, payment, amount: created.body.amount as number };
}

const verify = (user: TestUser, body: unknown) =>
  shop.api.request('POST', '/api/orders/verify-payment', { user, body });

describe('POST /api/orders/verify-payment', () => {
  it('marks the order paid, takes the stock and empties the covered cart lines, answering 201 {order}', async () => {
    const user = await shop.api.createUser();
    const other = await shop.addToCart(user, 5, 1);
    const stockBefore = await shop.stockOf(1);
    const { line, payment } = await paidInSandbox(user, 1, 2);

    const response = await verify(user, payment);
    expect(response.status).toBe(201);
    const { order } = orderResponseSchema.parse(response.body);
    expect(order).toMatchObject({
      status: 'paid',
      totalPaise: 259800,
      razorpayOrderId: payment.razorpay_order_id,
      razorpayPaymentId: payment.razorpay_payment_id,
      items: [{ productId: 1, pricePaise: 129900, quantity: 2 }],
    });
    expect(await shop.stockOf(1)).toBe(stockBefore - 2);
    const cart = await shop.cartOf(user);
    expect(cart.map((row) => row.id)).toEqual([other]);
    expect(cart.map((row) => row.id)).not.toContain(line);
  });

  it('answers the same call again with 200 and the same order, taking the stock only once', async () => {
    const user = await shop.api.createUser();
    const { payment } = await paidInSandbox(user, 2, 3);
    const first = await verify(user, payment);
    const stockAfterFirst = await shop.stockOf(2);
    const second = await verify(user, payment);
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    expect(second.body.order).toEqual(first.body.order);
    expect(await shop.stockOf(2)).toBe(stockAfterFirst);
  });

  it('pays an order exactly once when ten identical verify calls race', async () => {
    const user = await shop.api.createUser();
    const stockBefore = await shop.stockOf(3);
    const { payment } = await paidInSandbox(user, 3, 4);
    const responses = await Promise.all(Array.from({ length: 10 }, () => verify(user, payment)));
    expect(responses.filter((r) => r.status === 201)).toHaveLength(1);
    expect(responses.filter((r) => r.status === 200)).toHaveLength(9);
    expect(await shop.stockOf(3)).toBe(stockBefore - 4);
  });

  it('rejects a forged signature with 400 invalid_signature and changes nothing', async () => {
    const user = await shop.api.createUser();
    const stockBefore = await shop.stockOf(4);
    const { payment } = await paidInSandbox(user, 4, 1);
    const forged = signPayment(payment.razorpay_order_id, payment.razorpay_payment_id, 'not-the-secret');
    const response = await verify(user, { ...payment, razorpay_signature: forged });
    expect(response).toMatchObject({ status: 400, body: { error: { code: 'invalid_signature' } } });
    expect(await shop.ordersOf(user)).toEqual([expect.objectContaining({ status: 'pending' })]);
    expect(await shop.stockOf(4)).toBe(stockBefore);
    expect(await shop.cartOf(user)).toHaveLength(1);
  });

  it.each([
    ['truncated', (signature: string) => signature.slice(0, 63)],
    ['empty-padded', (signature: string) => `${signature}00`],
    ['upper-cased', (signature: string) => signature.toUpperCase()],
    ['non-hex of the same length', (signature: string) => 'z'.repeat(signature.length)],
  ])('rejects a %s signature with invalid_signature', async (_name, mangle) => {
    const user = await shop.api.createUser();
    const { payment } = await paidInSandbox(user, 6, 1);
    const response = await verify(user, {
      ...payment,
      razorpay_signature: mangle(payment.razorpay_signature),
    });
    expect(response.body.error.code).toBe('invalid_signature');
    expect((await shop.ordersOf(user))[0]!.status).toBe('pending');
  });

  it('rejects a valid signature replayed from another order (the server signs over the order id it stored)', async () => {
    const user = await shop.api.createUser();
    const paid = await paidInSandbox(user, 7, 1);
    const line = await shop.addToCart(user, 8, 1);
    const unpaid = await shop.checkout(user, [line]);
    const replay = {
      razorpay_order_id: unpaid.body.razorpay_order_id,
      razorpay_payment_id: paid.payment.razorpay_payment_id,
      razorpay_signature: paid.payment.razorpay_signature,
    };
    const response = await verify(user, replay);
    expect(response.body.error.code).toBe('invalid_signature');
    const statuses = (await shop.ordersOf(user)).map((order) => order.status);
    expect(statuses).toEqual(['pending', 'pending']);
  });

  it('answers a different, correctly signed payment for an order already paid with 409 conflict', async () => {
    const user = await shop.api.createUser();
    const { payment } = await paidInSandbox(user, 9, 1);
    expect((await verify(user, payment)).status).toBe(201);
    const otherPaymentId = 'pay_ZZZZZZZZZZZZZZ';
    const response = await verify(user, {
      razorpay_order_id: payment.razorpay_order_id,
      razorpay_payment_id: otherPaymentId,
      razorpay_signature: signPayment(payment.razorpay_order_id, otherPaymentId),
    });
    expect(response).toMatchObject({ status: 409, body: { error: { code: 'conflict' } } });
    expect((await shop.ordersOf(user))[0]!.razorpay_payment_id).toBe(payment.razorpay_payment_id);
  });

  it("answers someone else's order with 404, even with its valid signature", async () => {
    const owner = await shop.api.createUser();
    const intruder = await shop.api.createUser();
    const { payment } = await paidInSandbox(owner, 10, 1);
    const response = await verify(intruder, payment);
    expect(response).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
    expect((await shop.ordersOf(owner))[0]!.status).toBe('pending');
  });

  it('answers an unknown Razorpay order id with 404', async () => {
    const user = await shop.api.createUser();
    const response = await verify(user, {
      razorpay_order_id: 'order_AAAAAAAAAAAAAA',
      razorpay_payment_id: 'pay_AAAAAAAAAAAAAA',
      razorpay_signature: signPayment('order_AAAAAAAAAAAAAA', 'pay_AAAAAAAAAAAAAA'),
    });
    expect(response.status).toBe(404);
  });

  it('needs a verified email like every payment step: 403 email_not_verified', async () => {
    const user = await shop.api.createUser({ emailVerified: false });
    const response = await verify(user, {
      razorpay_order_id: 'order_AAAAAAAAAAAAAA',
      razorpay_payment_id: 'pay_AAAAAAAAAAAAAA',
      razorpay_signature: signPayment('order_AAAAAAAAAAAAAA', 'pay_AAAAAAAAAAAAAA'),
    });
    expect(response).toMatchObject({ status: 403, body: { error: { code: 'email_not_verified' } } });
  });

  it.each([
    ['order_\u0000x', 'pay_AAAAAAAAAAAAAA'],
    ["order_x' OR '1'='1", 'pay_AAAAAAAAAAAAAA'],
    ['order_AAAAAAAAAAAAAA', 'x'.repeat(65)],
  ])('rejects ids that cannot be Razorpay ids (%j, %j) with validation_error', async (orderId, paymentId) => {
    const user = await shop.api.createUser();
    const response = await verify(user, {
      razorpay_order_id: orderId,
      razorpay_payment_id: paymentId,
      razorpay_signature: signPayment(orderId, paymentId),
    });
    expect(response).toMatchObject({ status: 400, body: { error: { code: 'validation_error' } } });
  });

  it('rejects a body with missing fields with validation_error', async () => {
    const user = await shop.api.createUser();
    const response = await verify(user, { razorpay_order_id: 'order_x' });
    expect(response.status).toBe(400);
    expect(Object.keys(response.body.error.details.fields).sort()).toEqual([
      'razorpay_payment_id',
      'razorpay_signature',
    ]);
  });

  it('leaves the cart, the stock and the order as they were when the transaction fails half-way', async () => {
    const user = await shop.api.createUser();
    const stockBefore = await shop.stockOf(11);
    const { line, payment } = await paidInSandbox(user, 11, 2);
    // The order update and the stock decrement run first; the cart deletion then fails.
    await shop.api.pool.query(`
      CREATE FUNCTION fail_cart_delete() RETURNS trigger LANGUAGE plpgsql AS
        $$ BEGIN RAISE EXCEPTION 'injected failure in the order transaction'; END $$;
      CREATE TRIGGER fail_cart_delete BEFORE DELETE ON cart_items FOR EACH ROW EXECUTE FUNCTION fail_cart_delete();`);
    try {
      const failed = await verify(user, payment);
      expect(failed).toMatchObject({ status: 500, body: { error: { code: 'internal' } } });
      expect(JSON.stringify(failed.body)).not.toMatch(/injected|cart_items|plpgsql/);
      expect(await shop.cartOf(user)).toEqual([expect.objectContaining({ id: line, quantity: 2 })]);
      expect(await shop.stockOf(11)).toBe(stockBefore);
      expect(await shop.ordersOf(user)).toEqual([
        expect.objectContaining({ status: 'pending', razorpay_payment_id: null }),
      ]);
    } finally {
      await shop.api.pool.query(
        'DROP TRIGGER fail_cart_delete ON cart_items; DROP FUNCTION fail_cart_delete();',
      );
    }
    // The person (or the webhook) can complete the same payment once the fault is gone.
    expect((await verify(user, payment)).status).toBe(201);
    expect(await shop.stockOf(11)).toBe(stockBefore - 2);
    expect(await shop.cartOf(user)).toEqual([]);
  });

  it('never takes stock below zero when the last units sold while the person was paying', async () => {
    const user = await shop.api.createUser();
    const { payment } = await paidInSandbox(user, 12, 3);
    await shop.api.pool.query('UPDATE products SET stock = 1 WHERE id = 12');
    expect((await verify(user, payment)).status).toBe(201);
    expect(await shop.stockOf(12)).toBe(0);
  });
});
