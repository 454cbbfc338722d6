import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestUser } from './support/api-harness';
import { capturedEvent, type ShopFixture, startShop, WEBHOOK_SECRET } from './support/payments-fixture';

let shop: ShopFixture;
beforeAll(async () => {
  shop = await startShop();
});
afterAll(() => shop?.stop());

async function pendingOrder(user: TestUser, productId: number, quantity: number) {
  const line = await shop.addToCart(user, productId, quantity);
  const created = await shop.checkout(user, [line]);
  expect(created.status).toBe(201);
  return { line, orderId: created.body.razorpay_order_id as string, amount: created.body.amount as number };
}

const waitFor = async (check: () => Promise<boolean>, timeoutMs = 5000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
};

describe('POST /api/payments/razorpay/webhook', () => {
  it('marks an order paid when only the webhook arrives (the browser never calls verify-payment)', async () => {
    const user = await shop.api.createUser();
    const stockBefore = await shop.stockOf(1);
    const { orderId } = await pendingOrder(user, 1, 2);
    shop.sandbox.webhooks.settings.enabled = true;
    try {
      const payment = shop.sandbox.pay(orderId) as { razorpay_payment_id: string };
      await shop.sandbox.webhooks.settled();
      const deliveries = shop.sandbox.webhooks.deliveries.filter((d) => d.orderId === orderId);
      expect(deliveries.map((d) => [d.event, d.status])).toEqual([
        ['payment.captured', 200],
        ['order.paid', 200],
      ]);
      expect(await shop.ordersOf(user)).toEqual([
        expect.objectContaining({ status: 'paid', razorpay_payment_id: payment.razorpay_payment_id }),
      ]);
      expect(await shop.stockOf(1)).toBe(stockBefore - 2);
      expect(await shop.cartOf(user)).toEqual([]);
      const listed = await shop.api.request('GET', '/api/orders', { user });
      expect(listed.body.items[0]).toMatchObject({ status: 'paid', totalPaise: 259800 });
    } finally {
      shop.sandbox.webhooks.settings.enabled = false;
    }
  });

  it('pays the order exactly once when the webhook races verify-payment', async () => {
    const user = await shop.api.createUser();
    const stockBefore = await shop.stockOf(2);
    const { orderId } = await pendingOrder(user, 2, 3);
    shop.sandbox.webhooks.settings.enabled = true;
    try {
      const payment = shop.sandbox.pay(orderId);
      const verified = await shop.api.request('POST', '/api/orders/verify-payment', { user, body: payment });
      await shop.sandbox.webhooks.settled();
      expect([200, 201]).toContain(verified.status);
      expect(verified.body.order.status).toBe('paid');
      expect(await shop.stockOf(2)).toBe(stockBefore - 3);
      expect(await shop.ordersOf(user)).toEqual([expect.objectContaining({ status: 'paid' })]);
    } finally {
      shop.sandbox.webhooks.settings.enabled = false;
    }
  });

  it('pays the order exactly once when the same payment arrives as 5 webhooks and 5 verify calls at once', async () => {
    const user = await shop.api.createUser();
    const stockBefore = await shop.stockOf(3);
    const { orderId, amount } = await pendingOrder(user, 3, 2);
    const payment = shop.sandbox.pay(orderId) as { razorpay_payment_id: string };
    const event = capturedEvent(orderId, payment.razorpay_payment_id, amount);
    const results = await Promise.all([
      ...Array.from({ length: 5 }, (_, i) => shop.sendWebhook(event, { eventId: `evt_race_${i}` })),
      ...Array.from({ length: 5 }, () =>
        shop.api.request('POST', '/api/orders/verify-payment', { user, body: payment }),
      ),
    ]);
    expect(results.every((r) => r.status === 200 || r.status === 201)).toBe(true);
    const processed = results.filter((r) => r.status === 201 || r.body.status === 'processed');
    expect(processed).toHaveLength(1);
    expect(await shop.stockOf(3)).toBe(stockBefore - 2);
  });

  it('rejects a bad signature with 400 invalid_signature and changes nothing', async () => {
    const user = await shop.api.createUser();
    const { orderId, amount } = await pendingOrder(user, 4, 1);
    const event = capturedEvent(orderId, 'pay_Forged00000000', amount);
    for (const signature of ['', 'deadbeef', 'a'.repeat(64), 'x'.repeat(64)]) {
      const response = await shop.sendWebhook(event, { eventId: 'evt_forged', signature });
      expect(response).toMatchObject({ status: 400, body: { error: { code: 'invalid_signature' } } });
    }
    expect(await shop.ordersOf(user)).toEqual([expect.objectContaining({ status: 'pending' })]);
    const { rows } = await shop.api.pool.query('SELECT 1 FROM razorpay_webhook_events WHERE event_id = $1', [
      'evt_forged',
    ]);
    expect(rows).toEqual([]);
  });

  it('rejects a body changed after signing (the signature covers the raw bytes)', async () => {
    const user = await shop.api.createUser();
    const { orderId, amount } = await pendingOrder(user, 5, 1);
    const raw = JSON.stringify(capturedEvent(orderId, 'pay_Original000000', amount));
    const { createHmac } = await import('node:crypto');
    const signature = createHmac('sha256', WEBHOOK_SECRET).update(raw).digest('hex');
    const tampered = raw.replace('pay_Original000000', 'pay_Tampered000000');
    const response = await shop.sendWebhook(tampered, { signature });
    expect(response.status).toBe(400);
    // Re-serialising the same JSON with other whitespace is also a different body.
    const reformatted = JSON.stringify(JSON.parse(raw), null, 2);
    expect((await shop.sendWebhook(reformatted, { signature })).status).toBe(400);
  });

  it('processes a repeated event id once', async () => {
    const user = await shop.api.createUser();
    const { orderId, amount } = await pendingOrder(user, 6, 1);
    const event = capturedEvent(orderId, 'pay_Duplicate00000', amount);
    const first = await shop.sendWebhook(event, { eventId: 'evt_duplicate_1' });
    const second = await shop.sendWebhook(event, { eventId: 'evt_duplicate_1' });
    expect(first).toMatchObject({ status: 200, body: { status: 'processed' } });
    expect(second).toMatchObject({ status: 200, body: { status: 'duplicate' } });
    const { rows } = await shop.api.pool.query(
      'SELECT count(*) AS n FROM razorpay_webhook_events WHERE event_id = $1',
      ['evt_duplicate_1'],
    );
    expect(rows[0].n).toBe(1);
  });

  it('marks a pending order failed on payment.failed, and a later captured payment still pays it', async () => {
    const user = await shop.api.createUser();
    const { orderId } = await pendingOrder(user, 7, 1);
    shop.sandbox.webhooks.settings.enabled = true;
    try {
      shop.sandbox.pay(orderId, 'failed');
      await waitFor(async () => (await shop.ordersOf(user))[0]!.status === 'failed');
      shop.sandbox.pay(orderId, 'captured');
      await shop.sandbox.webhooks.settled();
      expect((await shop.ordersOf(user))[0]!.status).toBe('paid');
    } finally {
      shop.sandbox.webhooks.settings.enabled = false;
    }
  });

  it('does not turn a paid order into a failed one on a late payment.failed', async () => {
    const user = await shop.api.createUser();
    const { orderId, amount } = await pendingOrder(user, 8, 1);
    await shop.sendWebhook(capturedEvent(orderId, 'pay_PaidFirst00000', amount), {
      eventId: 'evt_paid_first',
    });
    const failed = capturedEvent(orderId, 'pay_FailedLate000', amount);
    failed.event = 'payment.failed';
    failed.payload.payment.entity.status = 'failed';
    const response = await shop.sendWebhook(failed, { eventId: 'evt_failed_late' });
    expect(response).toMatchObject({ status: 200, body: { status: 'ignored' } });
    expect((await shop.ordersOf(user))[0]).toMatchObject({
      status: 'paid',
      razorpay_payment_id: 'pay_PaidFirst00000',
    });
  });

  it('when a signed body is replayed with fresh event ids or none, only its first delivery has an effect', async () => {
    const user = await shop.api.createUser();
    const { orderId, amount } = await pendingOrder(user, 9, 1);
    const failed = capturedEvent(orderId, 'pay_FailedOnce0000', amount);
    failed.event = 'payment.failed';
    failed.payload.payment.entity.status = 'failed';

    expect(await shop.sendWebhook(failed, { eventId: 'evt_replay_0' })).toMatchObject({
      status: 200,
      body: { status: 'processed' },
    });
    for (const eventId of ['evt_replay_1', 'evt_replay_2', undefined]) {
      const replay = await shop.sendWebhook(failed, { eventId });
      expect(replay).toMatchObject({ status: 200, body: { status: 'duplicate' } });
    }
    const { rows } = await shop.api.pool.query(
      `SELECT event_id FROM razorpay_webhook_events WHERE event_id LIKE 'evt_replay_%' OR event_id IS NULL`,
    );
    expect(rows).toEqual([{ event_id: 'evt_replay_0' }]);
    expect((await shop.ordersOf(user))[0]!.status).toBe('failed');
  });

  it('when a payment.failed is delivered late, after a retry on the same order was captured and paid it, the order stays paid', async () => {
    const user = await shop.api.createUser();
    const stockBefore = await shop.stockOf(10);
    const { orderId } = await pendingOrder(user, 10, 1);
    shop.sandbox.webhooks.settings.enabled = true;
    try {
      const deliverFailureLate = shop.sandbox.webhooks.holdNextPayment();
      shop.sandbox.pay(orderId, 'failed');
      const retry = shop.sandbox.pay(orderId, 'captured') as { razorpay_payment_id: string };
      await shop.sandbox.webhooks.settled();
      expect((await shop.ordersOf(user))[0]!.status).toBe('paid');

      deliverFailureLate();
      await shop.sandbox.webhooks.settled();
      const deliveries = shop.sandbox.webhooks.deliveries.filter((d) => d.orderId === orderId);
      expect(deliveries.map((d) => [d.event, d.status])).toEqual([
        ['payment.captured', 200],
        ['order.paid', 200],
        ['payment.failed', 200],
      ]);
      expect((await shop.ordersOf(user))[0]).toMatchObject({
        status: 'paid',
        razorpay_payment_id: retry.razorpay_payment_id,
      });
      expect(await shop.stockOf(10)).toBe(stockBefore - 1);
    } finally {
      shop.sandbox.webhooks.settings.enabled = false;
    }
  });

  it('answers unknown events and events for unknown orders with 200 ignored', async () => {
    const refund = { entity: 'event', event: 'refund.created', payload: {}, created_at: 1 };
    expect(await shop.sendWebhook(refund, { eventId: 'evt_refund' })).toMatchObject({
      status: 200,
      body: { status: 'ignored' },
    });
    const stranger = capturedEvent('order_Unknown0000000', 'pay_Unknown0000000', 100);
    expect((await shop.sendWebhook(stranger, { eventId: 'evt_stranger' })).body.status).toBe('ignored');
  });

  it('needs no access token, and refuses a body over 16 KB with 413', async () => {
    const big = JSON.stringify({ event: 'x', payload: {}, padding: 'a'.repeat(17 * 1024) });
    const response = await shop.sendWebhook(big);
    expect(response).toMatchObject({ status: 413, body: { error: { code: 'payload_too_large' } } });
  });

  it('ignores a signed event whose ids are not Razorpay ids (e.g. a NUL byte), without a 5xx', async () => {
    const event = capturedEvent('order_\u0000bad', 'pay_AAAAAAAAAAAAAA', 100);
    const response = await shop.sendWebhook(event, { eventId: 'evt_nul' });
    expect(response).toMatchObject({ status: 200, body: { status: 'ignored' } });
  });

  it('answers a correctly signed body that is not JSON with 400 invalid_json', async () => {
    const response = await shop.sendWebhook('{not json');
    expect(response).toMatchObject({ status: 400, body: { error: { code: 'invalid_json' } } });
  });
});
