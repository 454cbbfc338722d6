import { productListSchema } from '@hormohelp/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApiHarness, type TestUser } from './support/api-harness';

let api: ApiHarness;
let user: TestUser;
beforeAll(async () => {
  api = await startApiHarness();
  user = await api.createUser();
});
afterAll(() => api?.stop());

describe('GET /api/products', () => {
  it('lists the seeded catalogue in the contract shape, prices in integer paise', async () => {
    const response = await api.request('GET', '/api/products', { user });
    expect(response.status).toBe(200);
    const { items } = productListSchema.parse(response.body);
    expect(items).toHaveLength(12);
    // ₹1,299.00 in NUMERIC(10,2) storage is 129900 paise on the wire, never 1299 or 129899.99999.
    expect(items.find((product) => product.id === 1)).toMatchObject({ pricePaise: 129900, stock: 120 });
    expect(items.find((product) => product.id === 7)).toMatchObject({ pricePaise: 34900 });
    for (const product of items) expect(Number.isInteger(product.pricePaise)).toBe(true);
  });

  it('converts a price with paise exactly (₹1,234.57 → 123457)', async () => {
    await api.pool.query(
      `INSERT INTO products (name, description, price, category, stock) VALUES ('Odd price', 'x', 1234.57, 'Odd', 3)`,
    );
    const response = await api.request('GET', '/api/products?category=Odd', { user });
    expect(response.body.items).toEqual([expect.objectContaining({ name: 'Odd price', pricePaise: 123457 })]);
  });

  it('filters by category', async () => {
    const response = await api.request('GET', '/api/products?category=Herbal%20Teas', { user });
    expect(response.status).toBe(200);
    expect(response.body.items.map((product: { id: number }) => product.id).sort()).toEqual([6, 7]);
  });

  it('answers an unknown category with an empty list', async () => {
    const response = await api.request('GET', '/api/products?category=Nothing', { user });
    expect(response).toMatchObject({ status: 200, body: { items: [] } });
  });

  it('refuses a request without a token with 401 unauthorized', async () => {
    const response = await api.request('GET', '/api/products');
    expect(response).toMatchObject({ status: 401, body: { error: { code: 'unauthorized' } } });
  });

  it('rejects a category parameter longer than 100 characters with validation_error', async () => {
    const response = await api.request('GET', `/api/products?category=${'x'.repeat(101)}`, { user });
    expect(response).toMatchObject({ status: 400, body: { error: { code: 'validation_error' } } });
  });
});
