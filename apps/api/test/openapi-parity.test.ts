import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApiHarness } from './support/api-harness';
import { declaredRoutes } from './support/declared-routes';

let api: ApiHarness;
let registered: string[];
let documented: string[];
beforeAll(async () => {
  api = await startApiHarness();
  registered = (await declaredRoutes()).map((route) => `${route.method} ${route.path}`);
  const { body } = await api.request('GET', '/openapi.json');
  documented = Object.entries(body.paths as Record<string, object>).flatMap(([path, item]) =>
    Object.keys(item).map((method) => `${method} ${path}`),
  );
});
afterAll(() => api?.stop());

describe('the OpenAPI document and the registered routes', () => {
  it('documents every route the API registers, the proxied auth routes included', () => {
    expect(registered.length).toBeGreaterThan(30);
    expect(registered.filter((route) => !documented.includes(route))).toEqual([]);
  });

  it('documents no route the API does not register', () => {
    expect(documented.filter((route) => !registered.includes(route))).toEqual([]);
  });
});
