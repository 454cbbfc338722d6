import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createLogger } from '../logger';
import { useAccessControl } from './access';
import { createServer, type Server } from './create-server';

let app: Server;
let url: string;

beforeAll(async () => {
  app = createServer({ logger: createLogger('server-kit-test', 'silent'), trustProxy: 'loopback' });
  useAccessControl(app, async (token) => {
    if (token !== 'a.b.c' && token !== 'a.b.unverified') throw new Error('bad token');
    return {
      sub: '00000000-0000-4000-8000-000000000001',
      email: 'p@example.com',
      emailVerified: token === 'a.b.c',
      iat: 0,
      exp: 0,
    } as never;
  });
  app.route({
    method: 'POST',
    url: '/things/:name',
    config: { access: 'verified' },
    schema: {
      params: z.object({ name: z.string().regex(/^[a-z]+$/) }),
      body: z.object({ count: z.number().int() }),
      response: { 201: z.object({ name: z.string(), count: z.number() }) },
    },
    handler: async (request, reply) => {
      reply.code(201);
      // A field the response schema does not name must never leave the server.
      return { ...request.params, ...request.body, secret: 'kept here' };
    },
  });
  app.route({
    method: 'GET',
    url: '/open',
    config: { access: 'public' },
    schema: { querystring: z.object({ tag: z.string().optional() }) },
    handler: async (request) => ({ tag: request.query.tag ?? null }),
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});
afterAll(() => app?.close());

async function post(path: string, body: string | Uint8Array, headers: Record<string, string> = {}) {
  const response = await fetch(url + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer a.b.c', ...headers },
    body,
  });
  // biome-ignore lint/suspicious/noExplicitAny: tests read whatever JSON came back, field by field
  const json: any = await response.json();
  return { status: response.status, headers: response.headers, body: json };
}

const codeOf = (body: { error?: { code?: string } }) => body.error?.code;

describe('the shared Fastify server', () => {
  it('validates with the route’s zod schemas and sends only the fields its response schema names', async () => {
    const response = await post('/things/lamp', '{"count":2}');
    expect(response.status).toBe(201);
    expect(response.body).toEqual({ name: 'lamp', count: 2 });
  });

  it('routes as Express did: any letter case, a trailing slash ignored', async () => {
    expect((await post('/THINGS/lamp/', '{"count":2}')).status).toBe(201);
  });

  it('answers a path parameter that fails its schema 404 not_found: it names nothing', async () => {
    const response = await post('/things/NOT-A-NAME', '{"count":2}');
    expect([response.status, codeOf(response.body)]).toEqual([404, 'not_found']);
  });

  it('answers each bad body with the contract’s error code', async () => {
    expect(codeOf((await post('/things/lamp', '{"count":1.5}')).body)).toBe('validation_error');
    expect((await post('/things/lamp', '{"count":1.5}')).body.error.details.fields).toHaveProperty('count');
    expect(codeOf((await post('/things/lamp', '{"count":')).body)).toBe('invalid_json');
    expect(codeOf((await post('/things/lamp', '{"count":1}', { 'content-type': 'text/plain' })).body)).toBe(
      'unsupported_media_type',
    );
    const large = await post('/things/lamp', JSON.stringify({ count: 1, pad: 'x'.repeat(17_000) }));
    expect([large.status, codeOf(large.body)]).toEqual([413, 'payload_too_large']);
    const nul = await post('/things/lamp', '{"count":1,"note":"a\\u0000"}');
    expect([nul.status, nul.body.error.details.fields]).toEqual([400, { note: expect.any(String) }]);
    const latin1 = await post(
      '/things/lamp',
      new Uint8Array(Buffer.from('{"count":1,"n":"\xe9"}', 'latin1')),
    );
    expect([latin1.status, codeOf(latin1.body)]).toEqual([400, 'invalid_json']);
  });

  it('validates a request sent without a body as {}, naming each missing field', async () => {
    const response = await fetch(`${url}/things/lamp`, {
      method: 'POST',
      headers: { authorization: 'Bearer a.b.c' },
    });
    const body = (await response.json()) as { error: { code: string; details: { fields: object } } };
    expect([response.status, body.error.code, body.error.details.fields]).toEqual([
      400,
      'validation_error',
      { count: expect.any(String) },
    ]);
  });

  it('checks the token before the body, and the verified email after it parses', async () => {
    const noToken = await post('/things/lamp', '{"count":', { authorization: '' });
    expect([noToken.status, codeOf(noToken.body)]).toEqual([401, 'unauthorized']);
    const unverified = await post('/things/lamp', '{"count":1}', { authorization: 'Bearer a.b.unverified' });
    expect([unverified.status, codeOf(unverified.body)]).toEqual([403, 'email_not_verified']);
  });

  it('answers an unknown route 404 not_found with a request id', async () => {
    const response = await fetch(`${url}/nowhere`, { headers: { 'x-request-id': 'trace-1' } });
    expect(response.status).toBe(404);
    expect(response.headers.get('x-request-id')).toBe('trace-1');
    expect(codeOf((await response.json()) as { error?: { code?: string } })).toBe('not_found');
  });

  it('refuses to register a documented route that does not say who may call it', () => {
    const other = createServer({ logger: createLogger('server-kit-test', 'silent'), trustProxy: false });
    useAccessControl(other, async () => {
      throw new Error('unused');
    });
    expect(() => other.get('/forgotten', async () => ({}))).toThrow(/does not declare who may call it/);
  });
});
