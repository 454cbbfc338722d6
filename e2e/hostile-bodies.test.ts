/**
 * Hostile request bodies and path ids, one situation per test, against the API (and the auth service
 * through its proxy): each is answered with the contract's error, and nothing is stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DeclaredRoute as ApiRoute, declaredRoutes } from '../apps/api/test/support/declared-routes';
import { type Answer, call, expectContractError } from './support/reliability-http';
import { snapshotUser } from './support/reliability-rows';
import { type Stack, type StackUser, startStack } from './support/reliability-stack';

/** Every documented route, read from the API's own declarations. */
const API_ROUTES: ApiRoute[] = await declaredRoutes();

let stack: Stack;
let user: StackUser;
let ids: Record<string, string>;
beforeAll(async () => {
  stack = await startStack();
  user = await stack.createUser();
  const post = await call(stack.apiUrl, 'POST', '/api/posts', {
    token: user.token,
    body: { title: 'Mine', body: 'Text' },
  });
  const line = await call(stack.apiUrl, 'POST', '/api/cart', { token: user.token, body: { productId: 1 } });
  const log = await call(stack.apiUrl, 'POST', '/api/symptoms', {
    token: user.token,
    body: { symptoms: [], severity: 1, mood: 1, energy: 1, sleep: 1 },
  });
  ids = {
    posts: post.body.item.id,
    cart: line.body.item.id,
    symptoms: log.body.item.id,
    bookings: log.body.item.id,
  };
}, 60_000);
afterAll(() => stack?.stop());

/** Every route of the route map that takes a JSON body, with its path ids filled in with real ones. */
const BODY_ROUTES = API_ROUTES.filter((route) => route.body && route.auth !== 'razorpay-signature').map(
  (route) => ({
    method: route.method.toUpperCase(),
    path: route.path,
    resolve: () =>
      route.path.replace(/\/api\/(\w+)\/\{id\}/, (_match, kind: string) => `/api/${kind}/${ids[kind]}`),
  }),
);

/** The body routes whose every field is optional: a body naming none of them changes nothing. */
const ALL_FIELDS_OPTIONAL = new Set(['PATCH /users/me', 'PATCH /api/symptoms/{id}']);

/** The person's symptom logs as stored, to see that a refused or empty change left them alone. */
async function logsOf(userId: string) {
  const { rows } = await stack.db.query(
    'SELECT id, date, symptoms, notes, severity, mood, energy, sleep FROM symptom_logs WHERE user_id = $1 ORDER BY id',
    [userId],
  );
  return rows;
}

/** Sends `body` as the user and expects a contract error with `status`/`code`, and no stored change. */
async function expectRefused(
  method: string,
  path: string,
  body: unknown,
  expected: { status: number; code?: string },
) {
  const before = await snapshotUser(stack.db, user.id);
  const answer: Answer = await call(stack.apiUrl, method, path, { token: user.token, body });
  expectContractError(answer, expected);
  expect(await snapshotUser(stack.db, user.id), `${method} ${path}`).toEqual(before);
  return answer;
}

describe('hostile bodies', () => {
  it.each(BODY_ROUTES)(
    '$method $path refuses a body over 16 KB with 413 payload_too_large',
    async (route) => {
      const body = JSON.stringify({ padding: 'x'.repeat(17 * 1024) });
      await expectRefused(route.method, route.resolve(), body, { status: 413, code: 'payload_too_large' });
    },
  );

  it.each(BODY_ROUTES)(
    '$method $path refuses deeply nested JSON without a 5xx, storing nothing',
    async (route) => {
      const depth = 4000;
      await expectRefused(route.method, route.resolve(), `${'['.repeat(depth)}${']'.repeat(depth)}`, {
        status: 400,
      });
      // Nested under a field no route knows, which the contract ignores: a PATCH whose fields are all
      // optional (the profile, a symptom log) has nothing to change, answers 200 and changes nothing;
      // every other route misses its required fields.
      const nested = `{"unknown":${'{"a":'.repeat(2500)}1${'}'.repeat(2500)}}`;
      const before = { user: await snapshotUser(stack.db, user.id), logs: await logsOf(user.id) };
      const answer = await call(stack.apiUrl, route.method, route.resolve(), {
        token: user.token,
        body: nested,
      });
      if (ALL_FIELDS_OPTIONAL.has(`${route.method} ${route.path}`)) expect(answer.status).toBe(200);
      else expectContractError(answer, { status: 400 });
      expect({ user: await snapshotUser(stack.db, user.id), logs: await logsOf(user.id) }).toEqual(before);
    },
  );

  it('refuses onboarding answers nested 2000 deep with a 400, and keeps 1300 deep exactly, never a 5xx', async () => {
    const deep = (levels: number) => JSON.parse(`${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`);
    await expectRefused('PATCH', '/users/me', { onboardingData: deep(2000) }, { status: 400 });
    const kept = await call(stack.apiUrl, 'PATCH', '/users/me', {
      token: user.token,
      body: { onboardingData: deep(1300) },
    });
    expect(kept.status, kept.text.slice(0, 200)).toBe(200);
    expect(kept.body.user.onboardingData).toEqual(deep(1300));
  });

  it.each(BODY_ROUTES)(
    '$method $path answers wrong types with 400 validation_error naming fields',
    async (route) => {
      const wrong = {
        email: 42,
        password: [],
        name: {},
        token: 7,
        title: 1,
        body: [],
        category: 5,
        symptoms: 'Fatigue',
        severity: '5',
        mood: true,
        energy: null,
        sleep: {},
        notes: 9,
        date: 20260101,
        productId: '1',
        quantity: '2',
        expertId: 3,
        type: 1,
        time: 930,
        cart_item_ids: 'all',
        razorpay_order_id: 1,
        razorpay_payment_id: 2,
        razorpay_signature: 3,
        onboardingData: 'x',
        healthDataConsent: 'yes',
      };
      const answer = await expectRefused(route.method, route.resolve(), wrong, {
        status: 400,
        code: 'validation_error',
      });
      expect(Object.keys(answer.body.error.details.fields).length).toBeGreaterThan(0);
    },
  );

  it('refuses huge arrays: 3000 symptoms, 2000 cart line ids', async () => {
    const log = {
      symptoms: Array.from({ length: 3000 }, () => 'a'),
      severity: 5,
      mood: 5,
      energy: 5,
      sleep: 5,
    };
    const symptoms = await expectRefused('POST', '/api/symptoms', log, {
      status: 400,
      code: 'validation_error',
    });
    expect(symptoms.body.error.details.fields).toHaveProperty('symptoms');
    const cartItemIds = Array.from({ length: 400 }, () => ids.cart);
    await expectRefused(
      'POST',
      '/api/orders/create-razorpay-order',
      { cart_item_ids: cartItemIds },
      { status: 400, code: 'validation_error' },
    );
  });
});
