import { createLogger } from '@hormohelp/server-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SignedPayment } from '../../razorpay-sandbox/src/index';
import { reconcileUnpaidOrders } from '../src/features/orders/reconcile-unpaid-orders';
import { razorpayClientFromConfig } from '../src/razorpay/razorpay-client';
import type { TestUser } from './support/api-harness';
import { capturedEvent, type ShopFixture, startShop } from './support/payments-fixture';

let shop: ShopFixture;
beforeAll(async () => {
  shop = await startShop();
});
afterAll(() => shop?.stop());

const verify = (user: TestUser, payment: unknown) =>
  shop.api.request('POST', '/api/orders/verify-payment', { user, body: payment });

const refunds = async (user: TestUser) =>
  (
    await shop.api.pool.query(
      `SELECT r.razorpay_payment_id, r.reason FROM payments_to_refund r JOIN orders o ON o.id = r.order_id
       WHERE o.user_id = $1`,
      [user.id],
    )
  ).rows;

/**
 * A cart line with one unit of `productId`, checked out; then its quantity is raised to 2 and it is
 * checked out again: two open Razorpay orders over the same line, as an old tab and a new one hold.
 */
async function twoCheckoutsOverOneLine(user: TestUser, productId: number) {
  const line = await shop.addToCart(user, productId, 1);
  const old = await shop.checkout(user, [line]);
  await shop.api.request('PATCH', `/api/cart/${line}`, { user, body: { quantity: 2 } });
  const current = await shop.checkout(user, [line]);
  expect([old.status, current.status]).toEqual([201, 201]);
  return {
    line,
    oldOrderId: old.body.razorpay_order_id as string,
    newOrderId: current.body.razorpay_order_id as string,
  };
}

const statusOf = async (user: TestUser) =>
  Object.fromEntries((await shop.ordersOf(user)).map((order) => [order.razorpay_order_id, order.status]));

describe('a cart line is paid for once, whichever of its checkouts are paid', () => {
  it('when the old checkout is paid and then the new one, the new payment is 409 and listed to refund', async () => {
    const user = await shop.api.createUser();
    const stockBefore = await shop.stockOf(1);
    const { oldOrderId, newOrderId } = await twoCheckoutsOverOneLine(user, 1);

    const oldPayment = shop.sandbox.pay(oldOrderId) as SignedPayment;
    expect((await verify(user, oldPayment)).status).toBe(201);
    const newPayment = shop.sandbox.pay(newOrderId) as SignedPayment;
    const refused = await verify(user, newPayment);
    expect(refused).toMatchObject({ status: 409, body: { error: { code: 'conflict' } } });
    expect(refused.body.error.message).toMatch(/refunded/);
    // The same call again is the same answer, and the payment is listed once.
    expect((await verify(user, newPayment)).status).toBe(409);

    expect(await statusOf(user)).toEqual({ [oldOrderId]: 'paid', [newOrderId]: 'pending' });
    expect(await shop.stockOf(1)).toBe(stockBefore - 1);
    expect(await shop.cartOf(user)).toEqual([]);
    expect(await refunds(user)).toEqual([
      { razorpay_payment_id: newPayment.razorpay_payment_id, reason: 'cart_lines_already_paid' },
    ]);
  });

  it('when the new checkout is paid and the old one afterwards through the webhook, the old one pays nothing', async () => {
    const user = await shop.api.createUser();
    const stockBefore = await shop.stockOf(2);
    const { oldOrderId, newOrderId } = await twoCheckoutsOverOneLine(user, 2);

    expect((await verify(user, shop.sandbox.pay(newOrderId))).status).toBe(201);
    const late = shop.sandbox.pay(oldOrderId) as SignedPayment;
    const event = capturedEvent(oldOrderId, late.razorpay_payment_id, 64900);
    expect(await shop.sendWebhook(event, { eventId: 'evt_old_tab' })).toMatchObject({
      status: 200,
      body: { status: 'ignored' },
    });

    expect(await statusOf(user)).toEqual({ [oldOrderId]: 'pending', [newOrderId]: 'paid' });
    expect(await shop.stockOf(2)).toBe(stockBefore - 2);
    expect(await refunds(user)).toEqual([
      { razorpay_payment_id: late.razorpay_payment_id, reason: 'cart_lines_already_paid' },
    ]);
  });

  it('when both checkouts are verified at the same moment, exactly one pays and the stock is taken once', async () => {
    const user = await shop.api.createUser();
    const stockBefore = await shop.stockOf(3);
    const { oldOrderId, newOrderId } = await twoCheckoutsOverOneLine(user, 3);
    const payments = [shop.sandbox.pay(oldOrderId), shop.sandbox.pay(newOrderId)];

    const answers = await Promise.all(payments.map((payment) => verify(user, payment)));
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409]);
    const paid = answers.find((answer) => answer.status === 201)!.body.order;
    expect(await shop.stockOf(3)).toBe(stockBefore - paid.items[0].quantity);
    expect(Object.values(await statusOf(user)).sort()).toEqual(['paid', 'pending']);
    expect(await refunds(user)).toHaveLength(1);
  });

  it('when reconciliation finds the losing checkout captured, it lists it to refund and does not ask again', async () => {
    const user = await shop.api.createUser();
    const { oldOrderId, newOrderId } = await twoCheckoutsOverOneLine(user, 4);
    expect((await verify(user, shop.sandbox.pay(newOrderId))).status).toBe(201);
    shop.sandbox.pay(oldOrderId); // paid in the old tab; the browser and the webhook are both lost
    await shop.api.pool.query(
      `UPDATE orders SET created_at = now() - interval '30 minutes' WHERE user_id = $1`,
      [user.id],
    );
    const reconcile = () =>
      reconcileUnpaidOrders(
        {
          pool: shop.api.pool,
          razorpay: razorpayClientFromConfig(shop.api.config),
          logger: createLogger('t', 'silent'),
        },
        { olderThanMinutes: 5 },
      );

    const first = await reconcile();
    expect(first).toMatchObject({ toRefund: [oldOrderId], errors: [] });
    expect(first.markedPaid).not.toContain(oldOrderId);
    expect(await statusOf(user)).toEqual({ [oldOrderId]: 'pending', [newOrderId]: 'paid' });
    const second = await reconcile();
    expect(second.toRefund).toEqual([]);
    expect(await refunds(user)).toHaveLength(1);
  });
});
