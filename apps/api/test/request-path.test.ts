/**
 * The API's own request path (apps/api/src/app.ts), with no framework under it: which routes a
 * request reaches, in what order the token and the body are checked, how the query is read, and the
 * headers every answer carries.
 */
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApiHarness, type TestUser } from './support/api-harness';

let api: ApiHarness;
let user: TestUser;
beforeAll(async () => {
  api = await startApiHarness({ FRONTEND_ORIGIN: 'http://localhost:5173' });
  user = await api.createUser();
});
afterAll(() => api?.stop());

describe('routing', () => {
  it('reaches a route in any letter case and with a trailing slash, as it did on Express', async () => {
    for (const path of ['/api/symptoms', '/API/Symptoms', '/api/symptoms/']) {
      const response = await api.request('GET', path, { user });
      expect(response.status, path).toBe(200);
      expect(response.body, path).toMatchObject({ items: [] });
    }
  });

  it('answers HEAD like GET, headers and length included, without a body', async () => {
    const get = await api.request('GET', '/api/symptoms/stats', { user });
    const head = await fetch(`${api.url}/api/symptoms/stats`, {
      method: 'HEAD',
      headers: { authorization: `Bearer ${user.token}` },
    });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(get.headers.get('content-length'));
    expect(head.headers.get('cache-control')).toBe('no-store');
    expect(await head.text()).toBe('');
  });

  it('checks the token before it looks for the route: an unknown /api path is 401 without one, 404 with one', async () => {
    expect((await api.request('GET', '/api/nothing-here')).status).toBe(401);
    const found = await api.request('GET', '/api/nothing-here', { user });
    expect(found).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
    expect(found.headers.get('cache-control')).toBe('no-store');
  });

  it('answers a method the path does not have with 404, and a path outside /api and /users with 404 without a token', async () => {
    expect((await api.request('PUT', '/api/symptoms', { user, body: {} })).status).toBe(404);
    const outside = await api.request('GET', '/nothing-here');
    expect(outside).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
  });

  it('does not read the body of a caller without a token, nor of a request no route takes', async () => {
    const broken = { headers: { 'content-type': 'application/json' }, body: '{"not json' };
    expect((await api.request('POST', '/api/symptoms', broken)).status).toBe(401);
    expect((await api.request('POST', '/api/nothing-here', { user, ...broken })).status).toBe(404);
    const read = await api.request('POST', '/api/symptoms', { user, ...broken });
    expect(read).toMatchObject({ status: 400, body: { error: { code: 'invalid_json' } } });
  });

  it('answers a path id that is not valid percent-encoding like any unknown id: 404', async () => {
    const response = await api.request('DELETE', '/api/symptoms/%E0%A4%A', { user });
    expect(response).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
  });

  it('serves an absolute-form request target by its path', async () => {
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const { port } = new URL(api.url);
      const request = httpRequest({
        host: '127.0.0.1',
        port,
        path: `http://127.0.0.1:${port}/api/symptoms?limit=1`,
        headers: { authorization: `Bearer ${user.token}` },
      });
      request.on('response', (response) => {
        response.resume();
        resolve(response.statusCode);
      });
      request.on('error', reject);
      request.end();
    });
    expect(status).toBe(200);
  });
});

describe('the query string', () => {
  it.each([
    ['a name given twice', '?limit=5&limit=6'],
    ['a bracketed list', '?limit[]=5&limit[]=6'],
    ['a plain and a bracketed value', '?limit=5&limit[max]=6'],
  ])('refuses %s where one value is wanted, with validation_error', async (_case, search) => {
    const response = await api.request('GET', `/api/symptoms${search}`, { user });
    expect(response).toMatchObject({ status: 400, body: { error: { code: 'validation_error' } } });
    expect(response.body.error.details.fields).toHaveProperty('limit');
  });

  it('answers a query naming __proto__ and constructor like any other (parseQuery keeps them as own names)', async () => {
    const response = await api.request(
      'GET',
      '/api/symptoms?__proto__=x&__proto__=y&constructor[prototype]=z',
      {
        user,
      },
    );
    expect(response).toMatchObject({ status: 200, body: { items: [] } });
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('headers', () => {
  it('keeps a sane X-Request-Id from the caller and makes one for anything else', async () => {
    const kept = await api.request('GET', '/health', { headers: { 'x-request-id': 'trace-123_abc' } });
    expect(kept.headers.get('x-request-id')).toBe('trace-123_abc');
    const replaced = await api.request('GET', '/health', {
      headers: { 'x-request-id': 'no spaces allowed' },
    });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('lets the frontend cache a preflight for 10 minutes, for the methods and headers the API takes', async () => {
    const response = await fetch(`${api.url}/api/symptoms`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'DELETE',
        'access-control-request-headers': 'authorization',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-methods')).toBe('GET,HEAD,PUT,PATCH,POST,DELETE');
    expect(response.headers.get('access-control-allow-headers')).toBe('authorization');
    expect(response.headers.get('access-control-max-age')).toBe('600');
  });

  it('gives another origin neither credentials nor exposed headers, on a preflight or a simple request', async () => {
    for (const method of ['OPTIONS', 'GET']) {
      const response = await fetch(`${api.url}/health`, {
        method,
        headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
      });
      expect(response.headers.get('access-control-allow-origin'), method).toBeNull();
      expect(response.headers.get('access-control-allow-credentials'), method).toBeNull();
      expect(response.headers.get('access-control-allow-methods'), method).toBeNull();
      expect(response.headers.get('access-control-expose-headers'), method).toBeNull();
      expect(response.headers.get('vary'), method).toContain('Origin');
    }
  });

  it('sends each header once, even where a route adds its own', async () => {
    const response = await fetch(`${api.url}/users/me/export?format=csv`, {
      headers: { authorization: `Bearer ${user.token}`, origin: 'http://localhost:5173' },
    });
    await response.text();
    for (const name of ['cache-control', 'content-type', 'access-control-allow-origin', 'x-request-id'])
      expect(response.headers.get(name), name).not.toContain(',');
  });
});
