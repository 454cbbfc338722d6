import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createLogger } from '../logger';
import { useAccessControl } from './access';
import { createServer, type Server } from './create-server';
import { useOpenApi } from './openapi';

let app: Server;
// biome-ignore lint/suspicious/noExplicitAny: a JSON document explored by path
let doc: any;

beforeAll(async () => {
  app = createServer({ logger: createLogger('openapi-test', 'silent'), trustProxy: false });
  useAccessControl(app, async () => {
    throw new Error('no token is valid here');
  });
  await useOpenApi(app, { title: 'Test API', description: 'Routes of a test.' });
  app.route({
    method: 'POST',
    url: '/things/:id',
    config: { access: 'verified', errors: ['conflict'] },
    schema: {
      summary: 'Make a thing',
      tags: ['things'],
      params: z.object({ id: z.uuid() }),
      body: z.object({ count: z.number().int().min(1).max(10) }),
      response: { 201: z.object({ id: z.string() }) },
    },
    handler: async (request, reply) => reply.code(201).send({ id: request.params.id }),
  });
  await app.ready();
  const response = await app.inject({ method: 'GET', url: '/openapi.json' });
  expect(response.statusCode).toBe(200);
  doc = response.json();
});
afterAll(() => app?.close());

describe('the OpenAPI document made from the route declarations', () => {
  it('is OpenAPI 3.1 and documents itself as public', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.paths['/openapi.json'].get.security).toEqual([]);
  });

  it('carries the schemas, the security and every error a declaration implies', () => {
    const operation = doc.paths['/things/{id}'].post;
    expect(operation.summary).toBe('Make a thing');
    expect(operation.security).toEqual([{ bearerAuth: [] }]);
    expect(operation.requestBody.content['application/json'].schema.properties.count).toMatchObject({
      type: 'integer',
      minimum: 1,
      maximum: 10,
    });
    expect(Object.keys(operation.responses).sort()).toEqual(
      ['201', '400', '401', '403', '404', '409', '413', '415', '500'].sort(),
    );
    expect(operation.responses['409'].content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/ErrorBody',
    });
    expect(doc.components.schemas.ErrorBody.properties.error.properties.code.enum).toContain('conflict');
  });
});
