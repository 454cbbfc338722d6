import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestUser } from './support/api-harness';
import { type ShopFixture, startShop } from './support/payments-fixture';

let shop: ShopFixture;
beforeAll(async () => {
  shop = await startShop();
});
afterAll(() => shop?.stop());

const rowsFor = async (razorpayOrderId: string) =>
  (await shop.api.pool.query('SELECT 1 FROM orders WHERE razorpay_order_id = $1', [razorpayOrderId])).rows;

const sessionsWaitingOnLocks = async () =>
  (
    await shop.api.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity
       WHERE datname = current_database() AND wait_event_type = 'Lock'`,
    )
  ).rows[0]!.n;

const waitFor = async (check: () => Promise<boolean>, timeoutMs = 10_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

async function cartWith(user: TestUser, lines: [productId: number, quantity: number][]) {
  const ids: string[] = [];
  for (const [productId, quantity] of lines) ids.push(await shop.addToCart(user, productId, quantity));
  return ids;
}

describe('one cart, one checkout', () => {
  it('when the same cart lines are checked out again, the open checkout comes back and Razorpay is not asked again', async () => {
    const user = await shop.api.createUser();
    const ids = await cartWith(user, [
      [1, 2],
      [7, 1],
    ]);
    const first = await shop.checkout(user, ids);
    expect(first.status).toBe(201);
    const requestsAfterFirst = shop.sandbox.orderRequests.length;

    const again = await shop.checkout(user, [...ids].reverse());
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(shop.sandbox.orderRequests.length).toBe(requestsAfterFirst);
    expect(await shop.ordersOf(user)).toHaveLength(1);
  });

  it('when the first payment attempt failed, the same lines get the same Razorpay order to retry on', async () => {
    const user = await shop.api.createUser();
    const ids = await cartWith(user, [[2, 1]]);
    const first = await shop.checkout(user, ids);
    shop.sandbox.webhooks.settings.enabled = true;
    try {
      shop.sandbox.pay(first.body.razorpay_order_id, 'failed');
      await shop.sandbox.webhooks.settled();
    } finally {
      shop.sandbox.webhooks.settings.enabled = false;
    }
    expect((await shop.ordersOf(user))[0]!.status).toBe('failed');

    const retry = await shop.checkout(user, ids);
    expect(retry).toMatchObject({ status: 200, body: first.body });
  });

  it('when two tabs check out the same cart at once, both get one and the same checkout', async () => {
    const user = await shop.api.createUser();
    const ids = await cartWith(user, [
      [3, 1],
      [4, 2],
    ]);
    // Nobody can record an order until all five requests wait to: each has asked Razorpay and looked
    // for an open checkout by then, so only the serialised recording can make them agree.
    const blocker = await shop.api.pool.connect();
    let answers: Awaited<ReturnType<ShopFixture['checkout']>>[];
    try {
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE orders IN SHARE MODE');
      const requests = Promise.all(Array.from({ length: 5 }, () => shop.checkout(user, ids)));
      await waitFor(async () => (await sessionsWaitingOnLocks()) >= 5);
      await blocker.query('COMMIT');
      answers = await requests;
    } finally {
      await blocker.query('ROLLBACK');
      blocker.release();
    }
    expect(answers.every((answer) => answer.status === 200 || answer.status === 201)).toBe(true);
    const orderIds = new Set(answers.map((answer) => answer.body.razorpay_order_id));
    expect(orderIds.size).toBe(1);
    expect(await shop.ordersOf(user)).toHaveLength(1);
    expect(await rowsFor([...orderIds][0]!)).toHaveLength(1);
  });

  it('when the cart changes (a quantity, or a price), the next checkout is a new one for the new amount', async () => {
    const user = await shop.api.createUser();
    const [line] = await cartWith(user, [[5, 1]]);
    const first = await shop.checkout(user, [line!]);

    await shop.api.request('PATCH', `/api/cart/${line}`, { user, body: { quantity: 2 } });
    const moreUnits = await shop.checkout(user, [line!]);
    expect(moreUnits.status).toBe(201);
    expect(moreUnits.body.razorpay_order_id).not.toBe(first.body.razorpay_order_id);
    expect(moreUnits.body.amount).toBe(2 * first.body.amount);

    await shop.api.pool.query('UPDATE products SET price = price + 1 WHERE id = 5');
    try {
      const repriced = await shop.checkout(user, [line!]);
      expect(repriced.status).toBe(201);
      expect(repriced.body.amount).toBe(moreUnits.body.amount + 200);
    } finally {
      await shop.api.pool.query('UPDATE products SET price = price - 1 WHERE id = 5');
    }
    // Back to the quantity of the first checkout, at its price: that one is still open, and comes back.
    await shop.api.request('PATCH', `/api/cart/${line}`, { user, body: { quantity: 1 } });
    expect(await shop.checkout(user, [line!])).toMatchObject({ status: 200, body: first.body });
  });

  it('when a person creates 10 new checkouts within 10 minutes, the 11th is 429 with Retry-After and reaches no Razorpay', async () => {
    const user = await shop.api.createUser();
    const lines = await cartWith(
      user,
      Array.from({ length: 11 }, (_, i) => [i + 1, 1]),
    );
    const created = [];
    for (const line of lines.slice(0, 10)) created.push(await shop.checkout(user, [line]));
    expect(created.map((answer) => answer.status)).toEqual(Array(10).fill(201));

    const before = shop.sandbox.orderRequests.length;
    const refused = await shop.checkout(user, [lines[10]!]);
    expect(refused).toMatchObject({ status: 429, body: { error: { code: 'rate_limited' } } });
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(600);
    expect(shop.sandbox.orderRequests.length).toBe(before);

    // An open checkout still comes back (it costs Razorpay nothing), and nobody else is limited.
    expect(await shop.checkout(user, [lines[0]!])).toMatchObject({ status: 200, body: created[0]!.body });
    const other = await shop.api.createUser();
    expect((await shop.checkout(other, await cartWith(other, [[11, 1]]))).status).toBe(201);
  });
});
