import { ERROR_CODES } from '@hormohelp/contracts';
import { AppError } from '@hormohelp/server-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApiHarness } from './support/api-harness';

let api: ApiHarness;
// biome-ignore lint/suspicious/noExplicitAny: a JSON document explored by path
let doc: any;
beforeAll(async () => {
  api = await startApiHarness();
  const response = await api.request('GET', '/openapi.json');
  expect(response.status).toBe(200);
  doc = response.body;
});
afterAll(() => api?.stop());

/** Every route of the API and the auth service, written out here independently of the generator's own table. */
const CONTRACT_ROUTES = `
post /auth/signup; post /auth/login; post /auth/logout; post /auth/refresh; post /auth/verify-email;
post /auth/resend-verification; post /auth/forgot-password; post /auth/reset-password; get /auth/me;
get /auth/.well-known/jwks.json; get /health; get /openapi.json; patch /users/me;
get /api/symptoms; get /api/symptoms/stats; post /api/symptoms; patch /api/symptoms/{id}; delete /api/symptoms/{id};
get /api/posts; post /api/posts; post /api/posts/{id}/like; delete /api/posts/{id};
get /api/posts/{id}/comments; post /api/posts/{id}/comments; get /api/experts; get /api/bookings;
post /api/bookings; delete /api/bookings/{id}; get /api/products; get /api/cart; post /api/cart;
patch /api/cart/{id}; delete /api/cart/{id}; get /api/orders; post /api/orders/create-razorpay-order;
post /api/orders/verify-payment; post /api/payments/razorpay/webhook;
delete /auth/account; get /auth/sessions; delete /auth/sessions; delete /auth/sessions/{id};
get /users/me/export; get /api/symptoms/insights; delete /users/me/health-data`
  .split(';')
  .map((entry) => entry.trim().split(' ') as [string, string]);

describe('GET /openapi.json', () => {
  it('is served without a token as an OpenAPI 3.1 document', async () => {
    const response = await api.request('GET', '/openapi.json');
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info).toMatchObject({ title: expect.any(String), version: expect.any(String) });
  });

  it.each(CONTRACT_ROUTES)('documents %s %s with a success response', (method, path) => {
    const operation = doc.paths[path]?.[method];
    expect(operation).toBeDefined();
    expect(Object.keys(operation.responses).some((status) => /^2\d\d$/.test(status))).toBe(true);
  });

  it('documents no route the contract does not have', () => {
    const documented = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.keys(item as object).map((method) => `${method} ${path}`),
    );
    expect(documented.sort()).toEqual(CONTRACT_ROUTES.map(([m, p]) => `${m} ${p}`).sort());
  });

  it('declares bearer JWT security, used by every protected route and by no public one', () => {
    expect(doc.components.securitySchemes.bearerAuth).toEqual(
      expect.objectContaining({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }),
    );
    expect(doc.paths['/api/symptoms'].get.security).toEqual([{ bearerAuth: [] }]);
    expect(doc.paths['/users/me'].patch.security).toEqual([{ bearerAuth: [] }]);
    expect(doc.paths['/openapi.json'].get.security).toEqual([]);
    expect(doc.paths['/api/payments/razorpay/webhook'].post.security).not.toContainEqual({ bearerAuth: [] });
    expect(doc.paths['/api/symptoms'].get.responses['401'].content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/ErrorBody',
    });
  });

  it('carries the contract’s error body, with the closed list of codes, and every $ref resolves', () => {
    const errorBody = doc.components.schemas.ErrorBody;
    expect(errorBody.properties.error.properties.code.enum).toEqual([...ERROR_CODES]);
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/([^"]+)"/g)].map((match) => match[1]!);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      const target = ref.split('/').reduce((node, key) => node?.[key], doc);
      expect(target, ref).toBeDefined();
    }
  });

  it('documents 409 booking_limit beside conflict on POST /api/bookings', () => {
    expect(doc['x-error-codes'].booking_limit).toBe(409);
    expect(doc.paths['/api/bookings'].post.responses['409'].description).toBe(
      'Error: conflict, booking_limit',
    );
  });

  it('documents the auth proxy’s 502 when the auth service is down', () => {
    expect(doc.paths['/auth/login'].post.responses['502'].description).toContain('upstream_unavailable');
    expect(doc.paths['/auth/login'].post.responses).not.toHaveProperty('503');
  });

  it('maps each error code to the same HTTP status the API answers with', () => {
    for (const code of ERROR_CODES) expect(doc['x-error-codes'][code], code).toBe(new AppError(code).status);
  });

  it('generates request schemas from the zod contract: scores are integers 1-10, dates are dates', () => {
    const body = doc.paths['/api/symptoms'].post.requestBody.content['application/json'].schema;
    expect(body.required).toEqual(
      expect.arrayContaining(['symptoms', 'severity', 'mood', 'energy', 'sleep']),
    );
    expect(body.properties.severity).toMatchObject({ type: 'integer', minimum: 1, maximum: 10 });
    expect(body.properties.date).toMatchObject({ type: 'string', format: 'date' });
    expect(body.properties.date).toMatchObject({ formatMinimum: '1900-01-01' });
    const from = doc.paths['/api/symptoms'].get.parameters.find((p: { name: string }) => p.name === 'from');
    expect(from.schema).toMatchObject({ format: 'date', formatMinimum: '1900-01-01' });
    const booking = doc.paths['/api/bookings'].post.requestBody.content['application/json'].schema;
    expect(booking.properties.type.enum).toEqual(['video', 'phone', 'chat']);
  });

  it('documents query parameters and path ids, with non-UUID ids answering 404', () => {
    const params = doc.paths['/api/symptoms/stats'].get.parameters;
    expect(params).toContainEqual(
      expect.objectContaining({
        name: 'days',
        in: 'query',
        schema: expect.objectContaining({ minimum: 7, maximum: 365 }),
      }),
    );
    const id = doc.paths['/api/bookings/{id}'].delete.parameters[0];
    expect(id).toMatchObject({ name: 'id', in: 'path', required: true, schema: { format: 'uuid' } });
    expect(id.description).toMatch(/404/);
    expect(doc.paths['/api/bookings/{id}'].delete.responses).toHaveProperty('404');
    expect(doc.paths['/api/posts'].post.responses).toHaveProperty('403');
  });
});
