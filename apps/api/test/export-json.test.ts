import { exportDocumentSchema } from '@hormohelp/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApiHarness, type TestUser } from './support/api-harness';

type ApiResponse = Awaited<ReturnType<ApiHarness['request']>>;

import { download, insertDailyLogs } from './support/download';

let api: ApiHarness;
beforeAll(async () => {
  api = await startApiHarness();
});
afterAll(() => api?.stop());

const exportOf = (user?: TestUser, query = '') => download(api.url, `/users/me/export${query}`, user);

async function ok(response: Promise<ApiResponse>, status = 201) {
  const result = await response;
  expect(result.status).toBe(status);
  return result.body;
}

/** A person who has used every part of the product, beside a neighbour whose data must stay out. */
async function createActivePerson() {
  const person = await api.createUser({ name: 'Asha Rao' });
  const neighbour = await api.createUser({ name: 'Neighbour' });
  const post = (user: TestUser, title: string) =>
    ok(api.request('POST', '/api/posts', { user, body: { title, body: 'Body of the post' } }));

  await ok(
    api.request('PATCH', '/users/me', { user: person, body: { onboardingData: { conditions: ['PCOS'] } } }),
    200,
  );
  for (const [date, notes] of [
    ['2026-10-02', 'Said "ouch", twice;\nthen rested — ठीक है'],
    ['2026-10-01', 'First day'],
  ]) {
    const body = { date, notes, symptoms: ['Cramps'], severity: 6, mood: 4, energy: 3, sleep: 7 };
    await ok(api.request('POST', '/api/symptoms', { user: person, body }));
  }
  const neighbourLog = {
    symptoms: ['Secret'],
    notes: 'not yours',
    severity: 2,
    mood: 2,
    energy: 2,
    sleep: 2,
  };
  await ok(api.request('POST', '/api/symptoms', { user: neighbour, body: neighbourLog }));

  const ownPost = (await post(person, 'My own post')).item;
  const theirPost = (await post(neighbour, 'Neighbour post')).item;
  const comment = { body: 'A comment of mine' };
  await ok(api.request('POST', `/api/posts/${theirPost.id}/comments`, { user: person, body: comment }));
  await ok(
    api.request('POST', `/api/posts/${ownPost.id}/comments`, { user: neighbour, body: { body: 'theirs' } }),
  );
  await ok(api.request('POST', `/api/posts/${theirPost.id}/like`, { user: person }), 200);

  const expert = (await api.request('GET', '/api/experts', { user: person })).body.items[0];
  const booking = { expertId: expert.id, type: expert.consultationTypes[0], ...expert.slots[0] };
  await ok(api.request('POST', '/api/bookings', { user: person, body: booking }));
  await ok(api.request('POST', '/api/cart', { user: person, body: { productId: 1, quantity: 2 } }));
  await api.pool.query(
    `INSERT INTO orders (user_id, items, total, status, razorpay_order_id, razorpay_payment_id, paid_at)
     VALUES ($1, '[{"productId": 2, "name": "Tea", "pricePaise": 49900, "quantity": 1}]', 499.00, 'paid',
             'order_EXPORT1', 'pay_EXPORT1', now())`,
    [person.id],
  );
  return { person, neighbour, ownPost, theirPost };
}

describe('GET /users/me/export', () => {
  it('streams one JSON attachment with everything held about the person, and nothing of anyone else', async () => {
    const { person, theirPost } = await createActivePerson();
    const response = await exportOf(person);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="hormohelp-export-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    expect(response.headers.get('cache-control')).toBe('no-store');

    const document = exportDocumentSchema.parse(JSON.parse(response.text));
    expect(Date.now() - Date.parse(document.exportedAt)).toBeLessThan(60_000);
    expect(document.profile).toEqual({
      id: person.id,
      email: person.email,
      name: 'Asha Rao',
      emailVerified: true,
      createdAt: expect.any(String),
    });
    expect(document.onboardingData).toEqual({ conditions: ['PCOS'] });
    expect(document.consent).toMatchObject({ healthData: true, policyVersion: '2026-11-01' });

    // Every section equals what the API's own endpoints show the person (the export is oldest first).
    const listed = async (path: string) => (await api.request('GET', path, { user: person })).body.items;
    expect(document.symptomLogs).toEqual((await listed('/api/symptoms')).reverse());
    expect(document.symptomLogs[1]!.notes).toBe('Said "ouch", twice;\nthen rested — ठीक है');
    expect(document.bookings).toEqual((await listed('/api/bookings')).reverse());
    expect(document.orders).toEqual(await listed('/api/orders'));
    expect(document.orders[0]).toMatchObject({ totalPaise: 49900, razorpayPaymentId: 'pay_EXPORT1' });
    const cart = await listed('/api/cart');
    expect(document.cart).toEqual([
      expect.objectContaining({
        id: cart[0].id,
        productId: 1,
        productName: cart[0].product.name,
        quantity: 2,
      }),
    ]);
    expect(document.posts.map((post) => post.title)).toEqual(['My own post']);
    expect(document.comments).toEqual([
      expect.objectContaining({ postId: theirPost.id, body: 'A comment of mine' }),
    ]);
    expect(document.likes).toEqual([{ postId: theirPost.id, createdAt: expect.any(String) }]);
    expect(response.text).not.toMatch(/Secret|not yours|theirs|Neighbour post/);
  });

  it('exports a year of daily logs in under a second, streamed in several chunks', async () => {
    const person = await api.createUser();
    await insertDailyLogs(api.pool, person.id, 366);
    const runs = [];
    for (let run = 0; run < 3; run += 1) runs.push(await exportOf(person));
    const times = runs.map((run) => Math.round(run.ms)).sort((a, b) => a - b);
    console.info(`export of 366 daily logs: ${times.join(' ms, ')} ms (median ${times[1]} ms)`);
    expect(times[1]).toBeLessThan(1000);

    const last = runs.at(-1)!;
    expect(last.headers.get('transfer-encoding')).toBe('chunked');
    expect(last.headers.get('content-length')).toBeNull();
    expect(last.chunks).toBeGreaterThan(1);
    const logs = exportDocumentSchema.parse(JSON.parse(last.text)).symptomLogs;
    expect(logs).toHaveLength(366);
    expect(new Set(logs.map((log) => log.id)).size).toBe(366);
    expect(logs.map((log) => log.date)).toEqual([...logs.map((log) => log.date)].sort());
  });

  it.each([500, 1001])('returns each of %i logs exactly once across cursor batches of 500', async (days) => {
    const person = await api.createUser();
    await insertDailyLogs(api.pool, person.id, days);
    const logs = exportDocumentSchema.parse(JSON.parse((await exportOf(person)).text)).symptomLogs;
    expect(new Set(logs.map((log) => log.id)).size).toBe(days);
  });

  it('a person with nothing yet gets a whole document with empty sections', async () => {
    const person = await api.createUser({ healthDataConsent: false });
    const document = exportDocumentSchema.parse(JSON.parse((await exportOf(person)).text));
    expect(document.consent).toEqual({ healthData: false, givenAt: null, policyVersion: null });
    const sections = [
      'symptomLogs',
      'posts',
      'comments',
      'likes',
      'bookings',
      'cart',
      'orders',
      'sessions',
    ] as const;
    for (const key of sections) {
      expect(document[key]).toEqual([]);
    }
  });

  it('a reader who leaves mid-download leaves no transaction open and the next export works', async () => {
    const person = await api.createUser();
    await insertDailyLogs(api.pool, person.id, 5000);
    const controller = new AbortController();
    const response = await fetch(`${api.url}/users/me/export`, {
      headers: { authorization: `Bearer ${person.token}` },
      signal: controller.signal,
    });
    const reader = response.body!.getReader();
    await reader.read();
    controller.abort();

    const stuck = async () =>
      (
        await api.pool.query(
          `SELECT count(*) AS n FROM pg_stat_activity
            WHERE datname = current_database() AND state LIKE 'idle in transaction%'`,
        )
      ).rows[0].n;
    await expect.poll(stuck, { timeout: 5000 }).toBe(0);
    const again = await exportOf(person);
    expect(exportDocumentSchema.parse(JSON.parse(again.text)).symptomLogs).toHaveLength(5000);
  });

  it('when the database fails mid-stream the connection is cut, so half a document never looks whole', async () => {
    const person = await api.createUser();
    // More than the socket buffers hold, so the export is still reading when its connection dies.
    await insertDailyLogs(api.pool, person.id, 50_000);
    const response = await fetch(`${api.url}/users/me/export`, {
      headers: { authorization: `Bearer ${person.token}` },
    });
    expect(response.status).toBe(200);
    // The export's connection is the one reading through a cursor: end it as a crashing server would.
    // Nothing reads the body, so the export stalls on backpressure with its transaction open.
    const terminateExport = async () =>
      (
        await api.pool.query(
          `SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) AS ended FROM pg_stat_activity
            WHERE datname = current_database() AND pid <> pg_backend_pid() AND state <> 'idle'
              AND query LIKE '%FROM export_cursor_%'`,
        )
      ).rows[0].ended;
    await expect.poll(terminateExport, { timeout: 5000, interval: 20 }).toBe(1);
    await expect(response.text()).rejects.toThrow();
  });

  it('answers 401 without a token, 400 for an unknown format, 404 for an erased account', async () => {
    expect((await exportOf()).status).toBe(401);
    const person = await api.createUser();
    const bad = await api.request('GET', '/users/me/export?format=xml', { user: person });
    expect(bad).toMatchObject({ status: 400, body: { error: { code: 'validation_error' } } });
    await api.pool.query('DELETE FROM users WHERE id = $1', [person.id]);
    const gone = await api.request('GET', '/users/me/export', { user: person });
    expect(gone).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
  });
});
