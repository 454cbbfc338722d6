import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { withTransaction } from '@hormohelp/db';
import { createLogger } from '@hormohelp/server-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimUnpaidOrdersToReconcile } from '../src/features/orders/reconcile-repository';
import { reconcileUnpaidOrders } from '../src/features/orders/reconcile-unpaid-orders';
import { razorpayClientFromConfig } from '../src/razorpay/razorpay-client';
import type { TestUser } from './support/api-harness';
import { KEY_ID, KEY_SECRET, type ShopFixture, startShop, WEBHOOK_SECRET } from './support/payments-fixture';

let shop: ShopFixture;
beforeAll(async () => {
  shop = await startShop(); // webhooks off: the browser and the webhook both "never arrive"
});
afterAll(() => shop?.stop());

async function pendingOrder(user: TestUser, productId: number, ageMinutes: number) {
  const line = await shop.addToCart(user, productId, 1);
  const created = await shop.checkout(user, [line]);
  const orderId = created.body.razorpay_order_id as string;
  await shop.api.pool.query(
    `UPDATE orders SET created_at = now() - $2::int * interval '1 minute' WHERE razorpay_order_id = $1`,
    [orderId, ageMinutes],
  );
  return orderId;
}

const reconcile = (limit?: number) =>
  reconcileUnpaidOrders(
    {
      pool: shop.api.pool,
      razorpay: razorpayClientFromConfig(shop.api.config),
      logger: createLogger('t', 'silent'),
    },
    { olderThanMinutes: 5, limit },
  );

async function statusOf(razorpayOrderId: string) {
  const { rows } = await shop.api.pool.query<{ status: string; reconciled_at: Date | null }>(
    'SELECT status, reconciled_at FROM orders WHERE razorpay_order_id = $1',
    [razorpayOrderId],
  );
  return rows[0]!;
}

describe('reconciliation of unpaid orders', () => {
  it('marks a captured but never verified order paid, and leaves unpaid and recent ones pending', async () => {
    const user = await shop.api.createUser();
    const stockBefore = await shop.stockOf(1);
    const capturedOld = await pendingOrder(user, 1, 30);
    const unpaidOld = await pendingOrder(user, 2, 30);
    const capturedRecent = await pendingOrder(user, 3, 0);
    const payment = shop.sandbox.pay(capturedOld) as { razorpay_payment_id: string };
    shop.sandbox.pay(capturedRecent);

    const summary = await reconcile();
    expect(summary.markedPaid).toEqual([capturedOld]);
    expect(summary.errors).toEqual([]);

    const byId = new Map((await shop.ordersOf(user)).map((order) => [order.razorpay_order_id, order]));
    expect(byId.get(capturedOld)).toMatchObject({
      status: 'paid',
      razorpay_payment_id: payment.razorpay_payment_id,
    });
    expect(byId.get(unpaidOld)!.status).toBe('pending');
    expect(byId.get(capturedRecent)!.status).toBe('pending');
    expect(await shop.stockOf(1)).toBe(stockBefore - 1);

    // A second pass, or a late verify/webhook, finds it paid and changes nothing.
    expect((await reconcile()).markedPaid).toEqual([]);
    expect(await shop.stockOf(1)).toBe(stockBefore - 1);
  });

  it('when a payment failed and a retry on the same Razorpay order was captured, with the browser and the webhook both lost, one pass pays the order exactly once and empties the cart', async () => {
    const user = await shop.api.createUser();
    const stockBefore = await shop.stockOf(12);
    const orderId = await pendingOrder(user, 12, 30);
    // The failure's webhook arrives and the order is failed; the capture's webhook never does.
    shop.sandbox.webhooks.settings.enabled = true;
    try {
      shop.sandbox.pay(orderId, 'failed');
      await shop.sandbox.webhooks.settled();
    } finally {
      shop.sandbox.webhooks.settings.enabled = false;
    }
    expect((await statusOf(orderId)).status).toBe('failed');
    const retry = shop.sandbox.pay(orderId, 'captured') as { razorpay_payment_id: string };

    expect((await reconcile()).markedPaid).toEqual([orderId]);
    expect((await shop.ordersOf(user))[0]).toMatchObject({
      status: 'paid',
      razorpay_payment_id: retry.razorpay_payment_id,
    });
    expect(await shop.cartOf(user)).toEqual([]);
    expect(await shop.stockOf(12)).toBe(stockBefore - 1);
    // Another pass finds it paid and takes nothing more.
    expect((await reconcile()).markedPaid).toEqual([]);
    expect(await shop.stockOf(12)).toBe(stockBefore - 1);
  });

  it('records what it could not check and carries on when Razorpay fails', async () => {
    const user = await shop.api.createUser();
    const orderId = await pendingOrder(user, 4, 30);
    shop.sandbox.setFault({ mode: 'fail' });
    try {
      const summary = await reconcile();
      expect(summary.errors.map((error) => error.razorpayOrderId)).toContain(orderId);
    } finally {
      shop.sandbox.setFault({ mode: 'normal' });
    }
    expect((await shop.ordersOf(user))[0]!.status).toBe('pending');
  });

  it('gives every pending order its turn, however many abandoned checkouts are older', async () => {
    const user = await shop.api.createUser();
    const abandoned = [
      await pendingOrder(user, 6, 60),
      await pendingOrder(user, 7, 50),
      await pendingOrder(user, 8, 40),
    ];
    const paidLater = await pendingOrder(user, 9, 30);
    shop.sandbox.pay(paidLater);

    // Two orders a pass: the first takes the two oldest, the second the two never asked about yet.
    expect((await reconcile(2)).markedPaid).toEqual([]);
    expect((await reconcile(2)).markedPaid).toEqual([paidLater]);
    for (const orderId of abandoned) expect((await statusOf(orderId)).reconciled_at).not.toBeNull();
  });

  it('lets two passes running at once take different orders, neither waiting for the other', async () => {
    const user = await shop.api.createUser();
    const orders = [await pendingOrder(user, 10, 45), await pendingOrder(user, 11, 44)];
    // The first pass's claim is still uncommitted when the second one claims.
    const [first, second] = await withTransaction(shop.api.pool, async (client) => {
      const claimedFirst = await claimUnpaidOrdersToReconcile(client, 5, 1);
      return [claimedFirst, await claimUnpaidOrdersToReconcile(shop.api.pool, 5, 1)];
    });
    expect([...first, ...second].sort()).toEqual([...orders].sort());
  });

  it('stops asking about an order pending for more than a week', async () => {
    const user = await shop.api.createUser();
    const ancient = await pendingOrder(user, 12, 8 * 24 * 60);
    shop.sandbox.pay(ancient);
    await reconcile();
    expect(await statusOf(ancient)).toEqual({ status: 'pending', reconciled_at: null });
  });

  it('runs as `npm run reconcile -w @hormohelp/api` against the configured database and Razorpay', async () => {
    const user = await shop.api.createUser();
    const orderId = await pendingOrder(user, 5, 10);
    shop.sandbox.pay(orderId);
    const { stdout } = await promisify(execFile)(
      'npm',
      ['run', '--silent', 'reconcile', '-w', '@hormohelp/api'],
      {
        env: {
          ...process.env,
          DATABASE_URL: shop.api.databaseUrl,
          RAZORPAY_KEY_ID: KEY_ID,
          RAZORPAY_KEY_SECRET: KEY_SECRET,
          RAZORPAY_WEBHOOK_SECRET: WEBHOOK_SECRET,
          RAZORPAY_API_URL: shop.sandbox.url,
          LOG_LEVEL: 'silent',
        },
        timeout: 30_000,
      },
    );
    expect(JSON.parse(stdout.trim().split('\n').at(-1)!).markedPaid).toContain(orderId);
    expect((await shop.ordersOf(user))[0]!.status).toBe('paid');
  });
});
