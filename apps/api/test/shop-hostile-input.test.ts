import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApiHarness, type TestUser } from './support/api-harness';

let api: ApiHarness;
let user: TestUser;
beforeAll(async () => {
  api = await startApiHarness();
  user = await api.createUser();
});
afterAll(() => api?.stop());

describe('hostile input to the shop routes', () => {
  it.each([
    ['GET', '/api/products?category=%00'],
    ['GET', '/api/products?category=a%00b'],
    ['GET', '/api/products?category[]=a&category[]=b'],
    ['GET', '/api/orders?cursor=%00'],
  ])('answers %s %s with a 4xx contract error, never a 5xx', async (method, path) => {
    const response = await api.request(method, path, { user });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(response.body.error.code).toBe('validation_error');
  });

  it.each([
    { productId: 2 ** 31 },
    { productId: 1e12 },
    { productId: Number.MAX_SAFE_INTEGER },
    { productId: 1, quantity: 2 ** 31 },
  ])('rejects the out-of-range body %j with validation_error, never a 5xx', async (body) => {
    const response = await api.request('POST', '/api/cart', { user, body });
    expect(response).toMatchObject({ status: 400, body: { error: { code: 'validation_error' } } });
  });

  it('stores nothing for SQL meta-characters in a category and answers an empty list', async () => {
    const response = await api.request(
      'GET',
      `/api/products?category=${encodeURIComponent("x' OR '1'='1")}`,
      {
        user,
      },
    );
    expect(response).toMatchObject({ status: 200, body: { items: [] } });
  });
});
