import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApiHarness } from './support/api-harness';

let api: ApiHarness;
beforeAll(async () => {
  api = await startApiHarness({ FRONTEND_ORIGIN: 'http://localhost:5173' });
});
afterAll(() => api?.stop());

const preflight = (origin: string) =>
  fetch(`${api.url}/api/symptoms`, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization, content-type',
    },
  });

describe('CORS and security headers', () => {
  it('allows the frontend origin, with credentials, on a preflight', async () => {
    const response = await preflight('http://localhost:5173');
    expect(response.status).toBeLessThan(300);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
  });

  it('lets the frontend read Retry-After, so a rate-limited person is told how long to wait', async () => {
    const response = await fetch(`${api.url}/health`, { headers: { origin: 'http://localhost:5173' } });
    expect(response.headers.get('access-control-expose-headers')).toBe('Retry-After');
  });

  it.each([['https://evil.example'], ['http://localhost:5174'], ['null']])(
    'gives a preflight from %s no Access-Control-Allow-Origin',
    async (origin) => {
      const response = await preflight(origin);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    },
  );

  it('gives a simple request from another origin no Access-Control-Allow-Origin either', async () => {
    const response = await fetch(`${api.url}/health`, { headers: { origin: 'https://evil.example' } });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('sets helmet’s headers and no X-Powered-By on API answers, errors included', async () => {
    for (const path of ['/health', '/api/symptoms', '/openapi.json']) {
      const response = await fetch(`${api.url}${path}`);
      expect(response.headers.get('content-security-policy'), path).toContain("default-src 'self'");
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('x-frame-options'), path).toBe('SAMEORIGIN');
      expect(response.headers.get('x-powered-by'), path).toBeNull();
    }
  });

  it('answers errors in the contract shape without a stack trace or SQL', async () => {
    const user = await api.createUser();
    const response = await api.request('GET', "/api/symptoms?cursor=' OR 1=1 --", { user });
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).not.toMatch(/at .*\.ts|SELECT|stack/i);
  });
});
