import type { RouteOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type AuthHarness, startAuthHarness } from './support/auth-harness';

/** Every route the service registers, as Fastify's `onRoute` hook sees it. */
const registered = vi.hoisted(() => [] as { method: string; url: string; hidden: boolean }[]);

// The real server, with one more `onRoute` hook that writes down each route as it is registered.
vi.mock('@hormohelp/server-kit', async (importOriginal) => {
  const kit = await importOriginal<typeof import('@hormohelp/server-kit')>();
  return {
    ...kit,
    createServer: (...args: Parameters<typeof kit.createServer>) => {
      const app = kit.createServer(...args);
      app.addHook('onRoute', (route: RouteOptions) => {
        const hidden = (route.schema as { hide?: boolean } | undefined)?.hide === true;
        for (const method of [route.method].flat()) registered.push({ method, url: route.url, hidden });
      });
      return app;
    },
  };
});

let h: AuthHarness;
// biome-ignore lint/suspicious/noExplicitAny: a JSON document explored by path
let doc: any;
beforeAll(async () => {
  h = await startAuthHarness();
  const response = await h.request('GET', '/auth/openapi.json');
  expect(response.status).toBe(200);
  doc = response.body;
});
afterAll(() => h?.stop());

/** `DELETE /auth/sessions/:id` as OpenAPI names it: `delete /auth/sessions/{id}`. */
const operationOf = (method: string, url: string) =>
  `${method.toLowerCase()} ${url.replace(/:(\w+)/g, '{$1}')}`;

/** The routes a client can call: HEAD is Fastify's own twin of each GET, and hidden ones are not offered. */
function callableOperations(): string[] {
  return registered
    .filter((route) => route.method !== 'HEAD' && !route.hidden)
    .map((route) => operationOf(route.method, route.url))
    .sort();
}

function documentedOperations(): string[] {
  return Object.entries(doc.paths as Record<string, Record<string, unknown>>)
    .flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method} ${path}`))
    .sort();
}

describe('GET /auth/openapi.json', () => {
  it('when fetched without a token, answers an OpenAPI 3.1 document that lists itself as public', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.paths['/auth/openapi.json'].get.security).toEqual([]);
  });

  it('when the service has booted, documents every route it registered', () => {
    expect(callableOperations()).toContain('post /auth/login');
    expect(callableOperations().filter((operation) => !documentedOperations().includes(operation))).toEqual(
      [],
    );
  });

  it('when a route is documented, the service has registered it', () => {
    expect(documentedOperations().filter((operation) => !callableOperations().includes(operation))).toEqual(
      [],
    );
  });

  it('when a route is documented, its operation names a summary, a tag and a success response', () => {
    for (const operation of documentedOperations()) {
      const [method, path] = operation.split(' ') as [string, string];
      const documented = doc.paths[path][method];
      expect(documented.summary, operation).toEqual(expect.any(String));
      expect(documented.tags, operation).toHaveLength(1);
      expect(
        Object.keys(documented.responses).some((status) => status.startsWith('2')),
        operation,
      ).toBe(true);
    }
  });
});
