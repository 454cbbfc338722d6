/**
 * Generated bodies, query strings and path ids thrown at every route of the route map (the auth
 * service's through the API's proxy) that apps/api/test/payments-fuzz.test.ts does not already cover.
 * Whatever arrives: never a 5xx, never a stack trace, every error in the contract's shape.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DeclaredRoute as ApiRoute, declaredRoutes } from '../apps/api/test/support/declared-routes';
import { call, expectContractError } from './support/reliability-http';
import { type Stack, type StackUser, startStack } from './support/reliability-stack';

/** Every documented route, read from the API's own declarations. */
const API_ROUTES: ApiRoute[] = await declaredRoutes();

const RUNS = 25;
// Covered by the payments fuzz, with generators of their own.
const COVERED = new Set([
  'post /api/cart',
  'patch /api/cart/{id}',
  'post /api/orders/create-razorpay-order',
  'post /api/orders/verify-payment',
  'post /api/payments/razorpay/webhook',
]);
const ROUTES = API_ROUTES.filter((route) => !COVERED.has(`${route.method} ${route.path}`));

let stack: Stack;
let user: StackUser;
let ownIds: Record<string, string>;
beforeAll(async () => {
  stack = await startStack();
  user = await stack.createUser();
  const post = await call(stack.apiUrl, 'POST', '/api/posts', {
    token: user.token,
    body: { title: 'Fuzz', body: 'Fuzz' },
  });
  const log = await call(stack.apiUrl, 'POST', '/api/symptoms', {
    token: user.token,
    body: { symptoms: [], severity: 2, mood: 2, energy: 2, sleep: 2 },
  });
  ownIds = { posts: post.body.item.id, symptoms: log.body.item.id };
}, 60_000);
afterAll(async () => {
  console.info(
    `[fuzz] answers by status over ${ROUTES.length} routes: ${JSON.stringify(Object.fromEntries(statuses))}`,
  );
  await stack?.stop();
});

const statuses = new Map<number, number>();

const fieldsOf = (route: ApiRoute) => {
  const shape = (route.body as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape ? Object.keys(shape) : [];
};
const queryKeysOf = (route: ApiRoute) => Object.keys(route.query?.shape ?? {});

/** A path id: the caller's own, a random UUID, or any string at all. */
const pathIds = (route: ApiRoute) => {
  const kind = /\/api\/(\w+)\/\{id\}/.exec(route.path)?.[1];
  return fc.oneof(fc.constant(kind ? ownIds[kind] : undefined), fc.uuid(), fc.string({ maxLength: 80 }));
};

const bodies = (route: ApiRoute) => {
  const fields = fieldsOf(route);
  const shaped = fields.length
    ? fc.dictionary(fc.constantFrom(...fields), fc.oneof(fc.jsonValue(), fc.string(), fc.integer()), {
        maxKeys: fields.length,
      })
    : fc.jsonValue();
  return fc.oneof(fc.jsonValue({ maxDepth: 4 }), shaped, fc.constant(undefined));
};

const queries = (route: ApiRoute) =>
  fc.dictionary(
    fc.oneof(fc.constantFrom('limit', 'cursor', ...queryKeysOf(route)), fc.string({ maxLength: 10 })),
    fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.integer().map(String),
      fc.constantFrom('-1', '1e309', '0x10', 'NaN', ''),
    ),
    { maxKeys: 4 },
  );

describe('generated input on every route of the route map', () => {
  it.each(ROUTES.map((route) => [`${route.method.toUpperCase()} ${route.path}`, route] as const))(
    '%s never answers a 5xx and always answers errors in the contract shape',
    async (_name, route) => {
      await fc.assert(
        fc.asyncProperty(pathIds(route), queries(route), bodies(route), async (id, query, body) => {
          const path = route.path.replace('{id}', encodeURIComponent(id ?? ''));
          const search = new URLSearchParams(query).toString();
          const method = route.method.toUpperCase();
          const answer = await call(stack.apiUrl, method, search ? `${path}?${search}` : path, {
            token: route.auth === 'bearer' ? user.token : undefined,
            body: method === 'GET' || body === undefined ? undefined : JSON.stringify(body),
          });
          statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
          expect(answer.status, `${method} ${path}?${search} ${JSON.stringify(body)}`).toBeLessThan(500);
          if (answer.status >= 400) expectContractError(answer);
        }),
        { numRuns: RUNS },
      );
    },
    60_000,
  );
});
