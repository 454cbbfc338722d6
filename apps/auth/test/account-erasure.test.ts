import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuthHarness, startAuthHarness } from './support/auth-harness';
import { createVerifiedUser, logIn, PASSWORD } from './support/flows';
import { findPersonalData } from './support/personal-data-scan';

let h: AuthHarness;
beforeAll(async () => {
  h = await startAuthHarness();
});
afterAll(() => h?.stop());

const erase = (bearer: string | undefined, body: unknown, refreshToken?: string) =>
  h.request('DELETE', '/auth/account', { bearer, body, refreshToken });
const refresh = (refreshToken: string) => h.request('POST', '/auth/refresh', { refreshToken });

/** A person who has used every part of the product, and a neighbour who interacted with them. */
async function createPersonWithEverything() {
  const person = await createVerifiedUser(h);
  const neighbour = await createVerifiedUser(h);
  const q = async (sql: string, params: unknown[]) => (await h.db.query(sql, params)).rows[0];
  const id = person.user.id as string;
  const other = neighbour.user.id as string;
  // Slots and Razorpay ids are unique: each person gets their own.
  const tag = randomBytes(4).toString('hex');

  await q(
    `UPDATE users SET onboarding_data = $2, health_data_consent_at = now(),
           health_data_consent_version = '2026-11-01' WHERE id = $1`,
    [id, { conditions: ['PCOS'] }],
  );
  await q(
    `INSERT INTO symptom_logs (user_id, date, symptoms, notes, severity, mood, energy, sleep)
           VALUES ($1, '2026-11-01', '["Cramps"]', 'private note', 7, 4, 3, 5)`,
    [id],
  );
  const ownPost = await q(
    `INSERT INTO community_posts (user_id, title, body) VALUES ($1, 'Mine', 'b') RETURNING id`,
    [id],
  );
  // The neighbour's post carries the person's id in the legacy likes array (unused since migration 003).
  const theirPost = await q(
    `INSERT INTO community_posts (user_id, title, body, likes) VALUES ($1, 'Theirs', 'b', $2) RETURNING id`,
    [other, JSON.stringify([id, other])],
  );
  await q(`INSERT INTO community_comments (post_id, user_id, body) VALUES ($1, $2, 'my comment')`, [
    theirPost.id,
    id,
  ]);
  await q(`INSERT INTO community_comments (post_id, user_id, body) VALUES ($1, $2, 'their comment')`, [
    ownPost.id,
    other,
  ]);
  await q('INSERT INTO post_likes (post_id, user_id) VALUES ($1, $2), ($3, $4)', [
    theirPost.id,
    id,
    ownPost.id,
    other,
  ]);
  await q(
    `INSERT INTO bookings (user_id, expert_id, type, date, time) VALUES ($1, $2, 'video', '2026-12-01', '10:00')`,
    [id, `dr-${tag}`],
  );
  const cartLine = await q(
    'INSERT INTO cart_items (user_id, product_id, quantity) VALUES ($1, (SELECT min(id) FROM products), 2) RETURNING id',
    [id],
  );
  const items = JSON.stringify([{ productId: 1, name: 'Tea', pricePaise: 49900, quantity: 2 }]);
  await q(
    `INSERT INTO orders (user_id, items, total, status, razorpay_order_id, razorpay_payment_id, cart_item_ids, paid_at)
           VALUES ($1, $2, 998.00, 'paid', $4, $5, ARRAY[$3::uuid], now())`,
    [id, items, cartLine.id, `order_${tag}A`, `pay_${tag}A`],
  );
  await q(
    `INSERT INTO orders (user_id, items, total, status, razorpay_order_id, cart_item_ids)
           VALUES ($1, $2, 998.00, 'pending', $4, ARRAY[$3::uuid])`,
    [id, items, cartLine.id, `order_${tag}B`],
  );
  await q(
    `INSERT INTO password_reset_tokens (user_id, token_hash, expires_at) VALUES ($1, md5(random()::text), now() + interval '1 hour')`,
    [id],
  );
  const emailHash = createHash('sha256').update(person.email).digest('hex');
  await q(
    `INSERT INTO rate_limit_hits (key, hit_at, expires_at) VALUES ($1, now(), now() + interval '1 hour'), ($2, now(), now() + interval '1 hour')`,
    [`forgot-password:${emailHash}`, `resend-verification:${emailHash}`],
  );
  return {
    person,
    neighbour,
    id,
    tag,
    ownPostId: ownPost.id as string,
    theirPostId: theirPost.id as string,
    emailHash,
  };
}

const orderSnapshot = async (tag: string) =>
  (
    await h.db.query(
      `SELECT id, user_id, items, total::text, status, razorpay_order_id, razorpay_payment_id, cart_item_ids, created_at
         FROM orders WHERE razorpay_order_id LIKE $1 ORDER BY razorpay_order_id`,
      [`order_${tag}_`],
    )
  ).rows;

describe('DELETE /auth/account', () => {
  it('with a wrong password answers 401 invalid_credentials and keeps everything, sessions included', async () => {
    const { person, id } = await createPersonWithEverything();
    const before = await findPersonalData(h.db, [id, person.email]);
    const response = await erase(person.accessToken, { password: 'not-my-password-1' }, person.refreshToken);
    expect(response).toMatchObject({ status: 401, body: { error: { code: 'invalid_credentials' } } });
    expect(response.refreshCookie).toBeUndefined();
    expect(await findPersonalData(h.db, [id, person.email])).toEqual(before);
    expect((await refresh(person.refreshToken)).status).toBe(200);
  });

  it('leaves no row in any table holding the person’s id or email; orders stay for accounting, detached', async () => {
    const { person, neighbour, id, tag, theirPostId, emailHash } = await createPersonWithEverything();
    const secondLogin = await logIn(h, person.email);
    // The scan can fail: before erasure it finds the person all over the schema.
    expect(await findPersonalData(h.db, [id, person.email])).toEqual(
      expect.arrayContaining([
        'users.id',
        'users.email',
        'refresh_tokens.user_id',
        'password_reset_tokens.user_id',
        'symptom_logs.user_id',
        'community_posts.user_id',
        'community_posts.likes',
        'community_comments.user_id',
        'post_likes.user_id',
        'bookings.user_id',
        'cart_items.user_id',
        'orders.user_id',
      ]),
    );
    const ordersBefore = await orderSnapshot(tag);
    expect(ordersBefore.map((order) => order.status)).toEqual(['paid', 'pending']);

    const response = await erase(person.accessToken, { password: PASSWORD }, person.refreshToken);
    expect(response.status).toBe(204);
    expect(response.refreshCookie).toBe('');

    expect(await findPersonalData(h.db, [id, person.email])).toEqual([]);
    // Kept for accounting: the same orders, with every field but the buyer and the cart lines.
    const ordersAfter = await orderSnapshot(tag);
    expect(ordersAfter).toEqual(
      ordersBefore.map((order) => ({ ...order, user_id: null, cart_item_ids: [] })),
    );
    const { rows: hits } = await h.db.query('SELECT key FROM rate_limit_hits WHERE key LIKE $1', [
      `%${emailHash}`,
    ]);
    expect(hits).toEqual([]);

    // Every session is over, and the account is gone for login and /auth/me.
    expect((await refresh(person.refreshToken)).status).toBe(401);
    expect((await refresh(secondLogin.refreshCookie!)).status).toBe(401);
    expect((await logIn(h, person.email)).body.error.code).toBe('invalid_credentials');
    expect((await h.request('GET', '/auth/me', { bearer: person.accessToken })).status).toBe(401);

    // The neighbour keeps their own post (without the person's legacy like) and their session.
    const { rows: posts } = await h.db.query('SELECT likes FROM community_posts WHERE id = $1', [
      theirPostId,
    ]);
    expect(posts).toEqual([{ likes: [neighbour.user.id] }]);
    expect((await refresh(neighbour.refreshToken)).status).toBe(200);
  });

  it('answers 401 unauthorized without a valid access token, and for an account already erased', async () => {
    const person = await createVerifiedUser(h);
    expect((await erase(undefined, { password: PASSWORD })).status).toBe(401);
    expect((await erase('not.a.token', { password: PASSWORD })).status).toBe(401);
    expect((await erase(person.accessToken, { password: PASSWORD })).status).toBe(204);
    const again = await erase(person.accessToken, { password: PASSWORD });
    expect(again).toMatchObject({ status: 401, body: { error: { code: 'unauthorized' } } });
  });

  it('a stolen access token is no password oracle: the 11th try from one address in 15 minutes is 429', async () => {
    const person = await createVerifiedUser(h);
    const ip = '10.99.0.1';
    const attempt = (password: string) =>
      h.request('DELETE', '/auth/account', { bearer: person.accessToken, body: { password }, ip });
    for (let i = 0; i < 10; i += 1) expect((await attempt(`guess-number-${i}`)).status).toBe(401);
    const blocked = await attempt(PASSWORD);
    expect(blocked).toMatchObject({ status: 429, body: { error: { code: 'rate_limited' } } });
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await refresh(person.refreshToken)).status).toBe(200);
  });

  it('answers 400 validation_error without a password', async () => {
    const person = await createVerifiedUser(h);
    const response = await erase(person.accessToken, {});
    expect(response).toMatchObject({ status: 400, body: { error: { code: 'validation_error' } } });
    expect(response.body.error.details.fields).toHaveProperty('password');
    expect((await refresh(person.refreshToken)).status).toBe(200);
  });
});
