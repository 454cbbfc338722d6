import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApiHarness } from './support/api-harness';

let api: ApiHarness;
beforeAll(async () => {
  api = await startApiHarness();
});
afterAll(() => api?.stop());

describe('caching of personal answers', () => {
  it('marks a person’s data no-store and sends no ETag, so no cache keeps or revalidates it', async () => {
    const user = await api.createUser();
    for (const path of ['/api/symptoms', '/api/symptoms/stats', '/api/cart']) {
      const response = await fetch(`${api.url}${path}`, {
        headers: { authorization: `Bearer ${user.token}` },
      });
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control'), path).toBe('no-store');
      expect(response.headers.get('etag'), path).toBeNull();
    }
  });

  it('marks the 401 of a request without a token no-store as well, under /api and /users', async () => {
    for (const path of ['/api/symptoms', '/users/me/export']) {
      const response = await fetch(`${api.url}${path}`);
      expect(response.status, path).toBe(401);
      expect(response.headers.get('cache-control'), path).toBe('no-store');
    }
  });

  it('still lets the public OpenAPI document be cached', async () => {
    const response = await fetch(`${api.url}/openapi.json`);
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
  });
});
