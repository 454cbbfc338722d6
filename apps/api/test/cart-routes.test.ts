import { cartSchema } from '@hormohelp/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApiHarness, type TestUser } from './support/api-harness';

let api: ApiHarness;
beforeAll(async () => {
  api = await startApiHarness();
});
afterAll(() => api?.stop());

const add = (user: TestUser, body: unknown) => api.request('POST', '/api/cart', { user, body });

describe('the cart', () => {
  it('adds a product with 201 and the line in the contract shape, and lists it with a paise subtotal', async () => {
    const user = await api.createUser();
    const added = await add(user, { productId: 1, quantity: 2 });
    expect(added.status).toBe(201);
    expect(added.body.item).toMatchObject({ quantity: 2, product: { id: 1, pricePaise: 129900 } });
    await add(user, { productId: 7 });

    const cart = await api.request('GET', '/api/cart', { user });
    expect(cart.status).toBe(200);
    const parsed = cartSchema.parse(cart.body);
    expect(parsed.items).toHaveLength(2);
    expect(parsed.subtotalPaise).toBe(2 * 129900 + 34900);
  });

  it('answers an empty cart with no items and a subtotal of 0', async () => {
    const user = await api.createUser();
    const cart = await api.request('GET', '/api/cart', { user });
    expect(cart).toMatchObject({ status: 200, body: { items: [], subtotalPaise: 0 } });
  });

  it('adding a product already in the cart adds to the same line (ON CONFLICT DO UPDATE)', async () => {
    const user = await api.createUser();
    const first = await add(user, { productId: 2, quantity: 3 });
    const second = await add(user, { productId: 2, quantity: 4 });
    expect(second.body.item).toMatchObject({ id: first.body.item.id, quantity: 7 });
    const cart = await api.request('GET', '/api/cart', { user });
    expect(cart.body.items).toHaveLength(1);
  });

  it('refuses to grow a line past 99 with 409 conflict and leaves the line as it was', async () => {
    const user = await api.createUser();
    await add(user, { productId: 2, quantity: 95 });
    const over = await add(user, { productId: 2, quantity: 5 });
    expect(over.status).toBe(409);
    expect(over.body.error).toMatchObject({ code: 'conflict', details: { inCart: 95, maxQuantity: 99 } });
    const cart = await api.request('GET', '/api/cart', { user });
    expect(cart.body.items[0].quantity).toBe(95);
  });

  it('refuses more than the stock with 409 conflict, also when merging with the existing line', async () => {
    const user = await api.createUser();
    await api.pool.query('UPDATE products SET stock = 5 WHERE id = 9');
    expect((await add(user, { productId: 9, quantity: 6 })).status).toBe(409);
    expect((await add(user, { productId: 9, quantity: 4 })).status).toBe(201);
    const merged = await add(user, { productId: 9, quantity: 2 });
    expect(merged.status).toBe(409);
    expect(merged.body.error.details).toMatchObject({ inCart: 4, stock: 5 });
    await api.pool.query('UPDATE products SET stock = 0 WHERE id = 9');
    const other = await api.createUser();
    const soldOut = await add(other, { productId: 9 });
    expect(soldOut.status).toBe(409);
    expect(soldOut.body.error.message).toMatch(/out of stock/);
  });

  it('answers an unknown product with 404 not_found', async () => {
    const user = await api.createUser();
    const response = await add(user, { productId: 999_999 });
    expect(response).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
  });

  it.each([
    [{}, 'productId'],
    [{ productId: 'one' }, 'productId'],
    [{ productId: 1, quantity: 0 }, 'quantity'],
    [{ productId: 1, quantity: 100 }, 'quantity'],
    [{ productId: 1, quantity: -3 }, 'quantity'],
    [{ productId: 1, quantity: 1.5 }, 'quantity'],
    [{ productId: 1, quantity: 1e12 }, 'quantity'],
  ])('rejects %j with validation_error on %s', async (body, field) => {
    const user = await api.createUser();
    const response = await add(user, body);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('validation_error');
    expect(response.body.error.details.fields).toHaveProperty(field);
  });

  it('ignores a price sent by the client: the line shows the database price', async () => {
    const user = await api.createUser();
    const response = await add(user, { productId: 3, quantity: 1, pricePaise: 1, price: 0.01 });
    expect(response.body.item.product.pricePaise).toBe(89900);
  });

  it('changes a line quantity with PATCH, within 1–99 and the stock', async () => {
    const user = await api.createUser();
    const line = (await add(user, { productId: 4 })).body.item;
    const patched = await api.request('PATCH', `/api/cart/${line.id}`, { user, body: { quantity: 3 } });
    expect(patched).toMatchObject({ status: 200, body: { item: { id: line.id, quantity: 3 } } });

    const tooMany = await api.request('PATCH', `/api/cart/${line.id}`, { user, body: { quantity: 100 } });
    expect(tooMany.body.error.code).toBe('validation_error');
    await api.pool.query('UPDATE products SET stock = 2 WHERE id = 4');
    const overStock = await api.request('PATCH', `/api/cart/${line.id}`, { user, body: { quantity: 3 } });
    expect(overStock).toMatchObject({
      status: 409,
      body: { error: { code: 'conflict', details: { stock: 2 } } },
    });
    const unchanged = await api.request('GET', '/api/cart', { user });
    expect(unchanged.body.items[0].quantity).toBe(3);
  });

  it('deletes a line with 204, and a second delete is 404', async () => {
    const user = await api.createUser();
    const line = (await add(user, { productId: 5 })).body.item;
    expect((await api.request('DELETE', `/api/cart/${line.id}`, { user })).status).toBe(204);
    expect((await api.request('DELETE', `/api/cart/${line.id}`, { user })).status).toBe(404);
  });

  it('answers a path id that is not a UUID like a missing line', async () => {
    const user = await api.createUser();
    const response = await api.request('DELETE', '/api/cart/1%20OR%201=1', { user });
    expect(response.body.error.code).toBe('not_found');
  });

  it("does not let one person read, change or delete another person's cart line: 404 every time", async () => {
    const owner = await api.createUser();
    const intruder = await api.createUser();
    const line = (await add(owner, { productId: 6, quantity: 2 })).body.item;

    expect((await api.request('GET', '/api/cart', { user: intruder })).body.items).toEqual([]);
    const patch = await api.request('PATCH', `/api/cart/${line.id}`, {
      user: intruder,
      body: { quantity: 9 },
    });
    expect(patch).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
    const remove = await api.request('DELETE', `/api/cart/${line.id}`, { user: intruder });
    expect(remove).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });

    const ownerCart = await api.request('GET', '/api/cart', { user: owner });
    expect(ownerCart.body.items).toEqual([expect.objectContaining({ id: line.id, quantity: 2 })]);
  });

  it('keeps a line within 99 when 20 additions race', async () => {
    const user = await api.createUser();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => add(user, { productId: 11, quantity: 10 })),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(9);
    expect(results.filter((r) => r.status === 409)).toHaveLength(11);
    const cart = await api.request('GET', '/api/cart', { user });
    expect(cart.body.items[0].quantity).toBe(90);
  });

  it('refuses every cart route without a token', async () => {
    for (const [method, path] of [
      ['GET', '/api/cart'],
      ['POST', '/api/cart'],
      ['PATCH', '/api/cart/00000000-0000-4000-8000-000000000000'],
      ['DELETE', '/api/cart/00000000-0000-4000-8000-000000000000'],
    ] as const) {
      expect((await api.request(method, path)).status).toBe(401);
    }
  });
});
