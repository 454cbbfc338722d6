import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestUser } from './support/api-harness';
import { type ShopFixture, startShop } from './support/payments-fixture';

let shop: ShopFixture;
beforeAll(async () => {
  shop = await startShop();
});
afterAll(() => shop?.stop());

async function signedPaymentFor(user: TestUser, lines: [productId: number, quantity: number][]) {
  const ids: string[] = [];
  for (const [productId, quantity] of lines) ids.push(await shop.addToCart(user, productId, quantity));
  const created = await shop.checkout(user, ids);
  expect(created.status).toBe(201);
  return shop.sandbox.pay(created.body.razorpay_order_id);
}

const verify = (user: TestUser, body: unknown) =>
  shop.api.request('POST', '/api/orders/verify-payment', { user, body });

describe('payments under concurrency', () => {
  it('takes exactly the sold quantities when 15 people pay for overlapping products at once (no deadlock)', async () => {
    const stockBefore = { 1: await shop.stockOf(1), 2: await shop.stockOf(2), 3: await shop.stockOf(3) };
    const buyers = await Promise.all(Array.from({ length: 15 }, () => shop.api.createUser()));
    // Every buyer's order holds two of the three products, in varying orders: rows are locked by id.
    const baskets: [number, number][][] = buyers.map((_, i) =>
      i % 3 === 0
        ? [
            [1, 1],
            [2, 2],
          ]
        : i % 3 === 1
          ? [
              [2, 1],
              [3, 1],
            ]
          : [
              [3, 2],
              [1, 1],
            ],
    );
    const payments: unknown[] = [];
    for (const [i, buyer] of buyers.entries()) payments.push(await signedPaymentFor(buyer, baskets[i]!));

    const responses = await Promise.all(buyers.map((buyer, i) => verify(buyer, payments[i])));
    expect(responses.map((response) => response.status)).toEqual(buyers.map(() => 201));

    const sold = { 1: 0, 2: 0, 3: 0 } as Record<number, number>;
    for (const basket of baskets) for (const [productId, quantity] of basket) sold[productId]! += quantity;
    expect(await shop.stockOf(1)).toBe(stockBefore[1] - sold[1]!);
    expect(await shop.stockOf(2)).toBe(stockBefore[2] - sold[2]!);
    expect(await shop.stockOf(3)).toBe(stockBefore[3] - sold[3]!);
    for (const buyer of buyers) expect(await shop.cartOf(buyer)).toEqual([]);
  });

  it('sells the last units to everyone who paid and stops stock at zero', async () => {
    await shop.api.pool.query('UPDATE products SET stock = 3 WHERE id = 10');
    const buyers = await Promise.all(Array.from({ length: 5 }, () => shop.api.createUser()));
    const payments: unknown[] = [];
    for (const buyer of buyers) payments.push(await signedPaymentFor(buyer, [[10, 1]]));
    await shop.api.pool.query('UPDATE products SET stock = 2 WHERE id = 10');

    const responses = await Promise.all(buyers.map((buyer, i) => verify(buyer, payments[i])));
    // The money was taken for all five, so all five orders are recorded paid; stock cannot go negative.
    expect(responses.every((response) => response.status === 201)).toBe(true);
    expect(await shop.stockOf(10)).toBe(0);
  });
});
