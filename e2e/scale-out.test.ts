/**
 * Two auth and two API instances (the production bundles) on loopback against one database, with
 * RATE_LIMIT_STORE=postgres, and one person's traffic spread over them in turn. What must hold when a
 * service runs as several replicas: limits are counted once for all of them, a session moves freely
 * between them, a rolling restart loses no request, and a payment is recorded once whichever
 * instances hear of it. The load balancing is described in support/prod-balancer.ts.
 */
import { createHmac } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capturedEvent } from '../apps/api/test/support/payments-fixture';
import { createRoundRobinClient } from './support/prod-balancer';
import { type Cluster, type Instance, PASSWORD, restart, startCluster } from './support/prod-cluster';
import { RAZORPAY_TEST } from './support/prod-environment';
import { connectionErrorCode, send } from './support/prod-http';
import { startSessionTraffic } from './support/prod-traffic';

let cluster: Cluster;
const urls = (instances: Cluster['apis']) => instances.map((instance) => instance.process.url);

beforeAll(async () => {
  cluster = await startCluster();
}, 120_000);
afterAll(() => cluster?.stop());

describe('two auth and two API instances on one database', () => {
  // Each login runs a full Argon2id check (64 MiB, t=3): on a busy 2-core machine that takes seconds.
  it('count the login rate limit once for all of them: the 11th attempt in the window is 429', async () => {
    const client = createRoundRobinClient(urls(cluster.apis));
    const body = { email: 'nobody-here@example.com', password: PASSWORD };
    const attempt = (ip = '203.0.113.11') => client.send('POST', '/auth/login', { body, ip });
    const before = new Map(cluster.balancer.rotation.served);
    for (let index = 0; index < 10; index += 1) expect((await attempt()).status).toBe(401);
    const limited = await attempt();
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('rate_limited');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Both API instances and both auth instances took part in counting to 10.
    for (const url of urls(cluster.apis)) expect(client.rotation.served.get(url)).toBeGreaterThanOrEqual(5);
    for (const url of urls(cluster.auths)) {
      const served = (cluster.balancer.rotation.served.get(url) ?? 0) - (before.get(url) ?? 0);
      expect(served).toBeGreaterThanOrEqual(5);
    }
    // The same account from another address is over its own failure budget, counted once too.
    expect((await attempt('203.0.113.12')).status).toBe(429);
    // Another client, trying another account, is not affected.
    const other = { email: 'nobody-else@example.com', password: PASSWORD };
    expect((await client.send('POST', '/auth/login', { body: other, ip: '203.0.113.13' })).status).toBe(401);
  }, 120_000);

  it('rotate on one auth instance a refresh token that the other issued, and both APIs accept its tokens', async () => {
    const user = await cluster.createVerifiedUser('203.0.113.21');
    const [first, second] = urls(cluster.auths);
    const rotated = await send(first!, 'POST', '/auth/refresh', { refreshToken: user.refreshToken });
    expect(rotated.status).toBe(200);
    expect(rotated.refreshToken).toBeTruthy();
    expect(rotated.refreshToken).not.toBe(user.refreshToken);
    const again = await send(second!, 'POST', '/auth/refresh', { refreshToken: rotated.refreshToken });
    expect(again.status).toBe(200);
    expect(again.refreshToken).not.toBe(rotated.refreshToken);
    for (const url of urls(cluster.apis)) {
      const response = await send(url, 'GET', '/api/symptoms', { bearer: again.body.accessToken });
      expect(response.status).toBe(200);
    }
  }, 60_000);

  it('answer every request while one auth and one API instance are stopped and started again', async () => {
    const user = await cluster.createVerifiedUser('203.0.113.31');
    const client = createRoundRobinClient(urls(cluster.apis));
    const traffic = startSessionTraffic(client, {
      accessToken: user.accessToken,
      refreshToken: user.refreshToken,
    });
    const outages: { url: string; error: string | undefined }[] = [];
    const whileDown = (instance: Instance) => async () => {
      const { url } = instance.process;
      const probe = await send(url, 'GET', '/health').then(
        () => undefined,
        (error: unknown) => connectionErrorCode(error),
      );
      outages.push({ url, error: probe });
      await traffic.waitForAnswers(20);
    };
    const [auth, api] = [cluster.auths[0]!, cluster.apis[0]!];

    await traffic.waitForAnswers(20);
    const authExit = await restart(auth, cluster.balancer.rotation, whileDown(auth));
    await traffic.waitForAnswers(20);
    const apiExit = await restart(api, client.rotation, whileDown(api));
    const authServedBefore = cluster.balancer.rotation.served.get(auth.process.url) ?? 0;
    const apiServedBefore = client.rotation.served.get(api.process.url) ?? 0;
    await traffic.waitForAnswers(20);
    await traffic.stop();

    expect(traffic.failures).toEqual([]);
    expect(authExit).toBe(0);
    expect(apiExit).toBe(0);
    expect(traffic.answered()).toBeGreaterThanOrEqual(100);
    // The outages were real: while the traffic went on, each stopped instance refused connections.
    expect(outages).toEqual([
      { url: auth.process.url, error: 'ECONNREFUSED' },
      { url: api.process.url, error: 'ECONNREFUSED' },
    ]);
    // And the restarted instances are back in the rotation, serving again.
    expect(cluster.balancer.rotation.served.get(auth.process.url)).toBeGreaterThan(authServedBefore);
    expect(client.rotation.served.get(api.process.url)).toBeGreaterThan(apiServedBefore);
  }, 180_000);

  it('record a payment exactly once when verify-payment and the webhook reach both API instances at once', async () => {
    const user = await cluster.createVerifiedUser('203.0.113.41');
    const [first, second] = urls(cluster.apis);
    const bearer = user.accessToken;
    const database = new pg.Client({ connectionString: cluster.databaseUrl });
    await database.connect();
    try {
      const stockOf = async () =>
        (await database.query<{ stock: number }>('SELECT stock FROM products WHERE id = 3')).rows[0]!.stock;
      const stockBefore = await stockOf();
      const line = await send(first!, 'POST', '/api/cart', { bearer, body: { productId: 3, quantity: 2 } });
      expect(line.status, JSON.stringify(line.body)).toBe(201);
      const created = await send(second!, 'POST', '/api/orders/create-razorpay-order', {
        bearer,
        body: { cart_item_ids: [line.body.item.id] },
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      const payment = cluster.sandbox.pay(created.body.razorpay_order_id) as {
        razorpay_order_id: string;
        razorpay_payment_id: string;
      };

      // Razorpay retries a webhook with the same event id; the browser may retry verify-payment.
      const event = capturedEvent(
        payment.razorpay_order_id,
        payment.razorpay_payment_id,
        created.body.amount,
      );
      const raw = JSON.stringify(event);
      const headers = {
        'content-type': 'application/json',
        'x-razorpay-signature': createHmac('sha256', RAZORPAY_TEST.webhookSecret).update(raw).digest('hex'),
        'x-razorpay-event-id': `evt_scale_${payment.razorpay_payment_id}`,
      };
      const webhook = (url: string) =>
        fetch(`${url}/api/payments/razorpay/webhook`, { method: 'POST', headers, body: raw }).then(
          (r) => r.status,
        );
      const verify = (url: string) =>
        send(url, 'POST', '/api/orders/verify-payment', { bearer, body: payment });
      const [verifiedFirst, verifiedSecond, ...webhooks] = await Promise.all([
        verify(first!),
        verify(second!),
        webhook(first!),
        webhook(second!),
      ]);

      // Whichever came first recorded the payment (201); the rest answer with that same order.
      for (const verified of [verifiedFirst, verifiedSecond]) expect([200, 201]).toContain(verified.status);
      expect(verifiedFirst.body.order.id).toBe(verifiedSecond.body.order.id);
      expect(webhooks).toEqual([200, 200]);
      const { rows: orders } = await database.query(
        'SELECT status, razorpay_payment_id FROM orders WHERE razorpay_order_id = $1',
        [payment.razorpay_order_id],
      );
      expect(orders).toEqual([{ status: 'paid', razorpay_payment_id: payment.razorpay_payment_id }]);
      expect(await stockOf()).toBe(stockBefore - 2);
      expect((await send(second!, 'GET', '/api/cart', { bearer })).body.items).toEqual([]);
    } finally {
      await database.end();
    }
  }, 60_000);
});
