import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApiHarness } from './support/api-harness';

let api: ApiHarness;
beforeAll(async () => {
  api = await startApiHarness();
});
afterAll(() => api?.stop());

describe('the API skeleton', () => {
  it('answers /health with ok while the database is reachable', async () => {
    const response = await api.request('GET', '/health');
    expect(response).toMatchObject({ status: 200, body: { status: 'ok' } });
  });

  it('answers an unknown /api route without a token with 401 unauthorized', async () => {
    const response = await api.request('GET', '/api/nothing-here');
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('unauthorized');
  });

  it('answers an unknown route with a valid token with 404 not_found in the contract error shape', async () => {
    const user = await api.createUser();
    const response = await api.request('GET', '/api/nothing-here', { user });
    expect(response).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
  });

  it('answers /auth/* with 502 upstream_unavailable when the auth service is down', async () => {
    const started = Date.now();
    const response = await api.request('POST', '/auth/login', { body: { email: 'a@b.co', password: 'x' } });
    expect(response.status).toBe(502);
    expect(response.body.error.code).toBe('upstream_unavailable');
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
