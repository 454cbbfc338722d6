import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createRazorpaySandbox,
  type PaymentFailure,
  type RazorpaySandbox,
  type SandboxOrder,
  type SignedPayment,
} from '../src/index';

const KEY_ID = 'rzp_test_sandbox';
const KEY_SECRET = 'sandbox_key_secret';
const WEBHOOK_SECRET = 'sandbox_webhook_secret';
const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;

interface Received {
  headers: Record<string, string | string[] | undefined>;
  raw: string;
}
const received: Received[] = [];
const receiver = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    received.push({ headers: req.headers, raw: Buffer.concat(chunks).toString('utf8') });
    res.writeHead(200).end('{}');
  });
});

let sandbox: RazorpaySandbox;
beforeAll(async () => {
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  sandbox = await createRazorpaySandbox({
    keyId: KEY_ID,
    keySecret: KEY_SECRET,
    webhookSecret: WEBHOOK_SECRET,
    webhookUrl: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/webhook`,
    webhookDelayMs: 0,
  });
});
afterAll(async () => {
  await sandbox?.webhooks.settled();
  await sandbox?.stop();
  await new Promise((resolve) => receiver.close(resolve));
});

// biome-ignore lint/suspicious/noExplicitAny: response bodies are asserted on, not trusted
const json = (response: Response) => response.json() as Promise<any>;
const createOrder = async (body: unknown) =>
  (await json(await api('POST', '/v1/orders', body))) as SandboxOrder;

const api = (method: string, path: string, body?: unknown, authorization = basic(KEY_ID, KEY_SECRET)) =>
  fetch(sandbox.url + path, {
    method,
    headers: { authorization, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

describe('the Razorpay sandbox API', () => {
  it('creates an order with Basic auth in Razorpay’s shape', async () => {
    const response = await api('POST', '/v1/orders', {
      amount: 129900,
      currency: 'INR',
      receipt: 'r-1',
      notes: { a: 'b' },
    });
    expect(response.status).toBe(200);
    const order = await json(response);
    expect(order).toMatchObject({
      entity: 'order',
      amount: 129900,
      amount_paid: 0,
      amount_due: 129900,
      currency: 'INR',
      receipt: 'r-1',
      status: 'created',
      attempts: 0,
      notes: { a: 'b' },
    });
    expect(order.id).toMatch(/^order_[A-Za-z0-9]{14}$/);
    expect(Number.isInteger(order.created_at)).toBe(true);
  });

  it('answers wrong or missing credentials with 401 and Razorpay’s error body', async () => {
    for (const authorization of [basic(KEY_ID, 'wrong'), basic('rzp_test_other', KEY_SECRET), '']) {
      const response = await api('POST', '/v1/orders', { amount: 100, currency: 'INR' }, authorization);
      expect(response.status).toBe(401);
      expect(await json(response)).toEqual({
        error: expect.objectContaining({ code: 'BAD_REQUEST_ERROR', description: 'Authentication failed' }),
      });
    }
    expect(sandbox.orderRequests.every((request) => request.amount !== 100)).toBe(true);
  });

  it.each([
    [{ amount: 99, currency: 'INR' }, 'amount'],
    [{ amount: 100.5, currency: 'INR' }, 'amount'],
    [{ amount: 1000, currency: 'USD' }, 'currency'],
    [{ amount: 1000, currency: 'INR', receipt: 'x'.repeat(41) }, 'receipt'],
  ])('rejects %j with 400 BAD_REQUEST_ERROR on %s', async (body, field) => {
    const response = await api('POST', '/v1/orders', body);
    expect(response.status).toBe(400);
    expect((await json(response)).error).toMatchObject({ code: 'BAD_REQUEST_ERROR', field });
  });

  it('fetches an order and its payments; a paid order has a captured payment whose signature verifies', async () => {
    const order = await createOrder({ amount: 50000, currency: 'INR', receipt: 'r-2' });
    const paid = sandbox.pay(order.id) as SignedPayment;
    const expected = createHmac('sha256', KEY_SECRET)
      .update(`${order.id}|${paid.razorpay_payment_id}`)
      .digest('hex');
    expect(paid.razorpay_signature).toBe(expected);

    const fetched = await json(await api('GET', `/v1/orders/${order.id}`));
    expect(fetched).toMatchObject({
      id: order.id,
      status: 'paid',
      amount_paid: 50000,
      amount_due: 0,
      attempts: 1,
    });
    const payments = await json(await api('GET', `/v1/orders/${order.id}/payments`));
    expect(payments).toMatchObject({
      entity: 'collection',
      count: 1,
      items: [
        {
          id: paid.razorpay_payment_id,
          entity: 'payment',
          status: 'captured',
          order_id: order.id,
          amount: 50000,
        },
      ],
    });
    expect(() => sandbox.pay(order.id)).toThrow();
  });

  it('sends payment.captured and order.paid, each signed over its raw body with the webhook secret', async () => {
    await sandbox.webhooks.settled();
    received.length = 0;
    const order = await createOrder({ amount: 34900, currency: 'INR', receipt: 'r-3' });
    const paid = sandbox.pay(order.id) as SignedPayment;
    await sandbox.webhooks.settled();
    expect(received.map((r) => JSON.parse(r.raw).event)).toEqual(['payment.captured', 'order.paid']);
    for (const { headers, raw } of received) {
      expect(headers['x-razorpay-signature']).toBe(
        createHmac('sha256', WEBHOOK_SECRET).update(raw).digest('hex'),
      );
      expect(headers['x-razorpay-event-id']).toMatch(/^evt_[A-Za-z0-9]{14}$/);
      expect(JSON.parse(raw).payload.payment.entity).toMatchObject({
        id: paid.razorpay_payment_id,
        order_id: order.id,
      });
    }
    expect(JSON.parse(received[1]!.raw).payload.order.entity).toMatchObject({ id: order.id, status: 'paid' });
  });

  it('records a failed attempt, sends payment.failed, and still lets the order be paid afterwards', async () => {
    await sandbox.webhooks.settled();
    received.length = 0;
    const order = await createOrder({ amount: 10000, currency: 'INR' });
    const failed = sandbox.pay(order.id, 'failed') as PaymentFailure;
    expect(failed.error.metadata.order_id).toBe(order.id);
    await sandbox.webhooks.settled();
    expect(received.map((r) => JSON.parse(r.raw).event)).toEqual(['payment.failed']);
    expect((sandbox.pay(order.id) as SignedPayment).razorpay_signature).toMatch(/^[0-9a-f]{64}$/);
  });

  it('switches faults through POST /__control: slow, failing, then normal again', async () => {
    const control = (body: unknown) =>
      fetch(`${sandbox.url}/__control`, { method: 'POST', body: JSON.stringify(body) }).then(json);
    await control({ mode: 'fail' });
    const failing = await api('POST', '/v1/orders', { amount: 1000, currency: 'INR' });
    expect(failing.status).toBe(500);
    expect((await json(failing)).error.code).toBe('SERVER_ERROR');

    await control({ mode: 'slow', delayMs: 400 });
    const started = performance.now();
    expect((await api('POST', '/v1/orders', { amount: 1000, currency: 'INR' })).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(390);

    const state = await control({ mode: 'normal' });
    expect(state.fault).toEqual({ mode: 'normal' });
  });

  it('answers the browser’s preflight for the checkout endpoints with CORS headers', async () => {
    const response = await fetch(`${sandbox.url}/v1/sandbox/pay`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('refuses a checkout payment with a key that is not the sandbox’s', async () => {
    const order = await createOrder({ amount: 1000, currency: 'INR' });
    const response = await fetch(`${sandbox.url}/v1/sandbox/pay`, {
      method: 'POST',
      body: JSON.stringify({ order_id: order.id, key_id: 'rzp_test_someone_else' }),
    });
    expect(response.status).toBe(401);
  });
});
