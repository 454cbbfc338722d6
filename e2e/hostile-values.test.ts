/**
 * Hostile values inside well-formed bodies and paths: NUL bytes, invalid UTF-8, SQL meta-characters
 * and markup, ids that are not UUIDs, impossible quantities, future dates and out-of-range scores.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, expectContractError } from './support/reliability-http';
import { countRows, snapshotUser } from './support/reliability-rows';
import { type Stack, type StackUser, startStack } from './support/reliability-stack';

let stack: Stack;
let user: StackUser;
let expert: { id: string; consultationTypes: string[]; slots: Array<{ date: string; time: string }> };
let postId: string;
let lineId: string;
beforeAll(async () => {
  stack = await startStack();
  user = await stack.createUser();
  const experts = await call(stack.apiUrl, 'GET', '/api/experts', { token: user.token });
  expert = experts.body.items.find((candidate: typeof expert) => candidate.slots.length > 2);
  const post = await call(stack.apiUrl, 'POST', '/api/posts', {
    token: user.token,
    body: { title: 'Base', body: 'Base' },
  });
  postId = post.body.item.id;
  lineId = (await call(stack.apiUrl, 'POST', '/api/cart', { token: user.token, body: { productId: 2 } })).body
    .item.id;
}, 60_000);
afterAll(() => stack?.stop());

const log = (fields: Record<string, unknown> = {}) => ({
  symptoms: ['Acne'],
  severity: 5,
  mood: 5,
  energy: 5,
  sleep: 5,
  ...fields,
});

/** Every free-text field of the API and the text it goes into, with `value` put in it. */
const TEXT_FIELDS: Array<[field: string, send: (value: string) => [string, string, unknown]]> = [
  ['symptom name', (value) => ['POST', '/api/symptoms', log({ symptoms: [value] })]],
  ['symptom notes', (value) => ['POST', '/api/symptoms', log({ notes: value })]],
  ['post title', (value) => ['POST', '/api/posts', { title: value, body: 'Body' }]],
  ['post body', (value) => ['POST', '/api/posts', { title: 'Title', body: value }]],
  ['comment body', (value) => ['POST', `/api/posts/${postId}/comments`, { body: value }]],
  [
    'booking notes',
    (value) => [
      'POST',
      '/api/bookings',
      { expertId: expert.id, type: expert.consultationTypes[0], ...expert.slots.pop(), notes: value },
    ],
  ],
  ['user name', (value) => ['PATCH', '/users/me', { name: value }]],
  ['onboarding answer', (value) => ['PATCH', '/users/me', { onboardingData: { note: value } }]],
];

async function expectNothingStored(
  method: string,
  path: string,
  body: unknown,
  expected: { status: number; code?: string },
) {
  const before = await snapshotUser(stack.db, user.id);
  const answer = await call(stack.apiUrl, method, path, { token: user.token, body });
  expectContractError(answer, expected);
  expect(await snapshotUser(stack.db, user.id)).toEqual(before);
  return answer;
}

describe('hostile values', () => {
  it.each(TEXT_FIELDS)(
    'a NUL byte in the %s is 400 validation_error, nothing stored',
    async (_field, send) => {
      const [method, path, body] = send('before\u0000after');
      await expectNothingStored(method, path, body, { status: 400, code: 'validation_error' });
    },
  );

  it('a NUL byte in a JSON key, or at the bottom of a body nested 2500 deep, is 400 validation_error', async () => {
    const keyed = await expectNothingStored(
      'PATCH',
      '/users/me',
      { onboardingData: { 'a\u0000b': 1 } },
      { status: 400, code: 'validation_error' },
    );
    expect(Object.keys(keyed.body.error.details.fields)).toEqual(['onboardingData.a\u0000b']);
    const deep = `{"unknown":${'{"a":'.repeat(2500)}"\\u0000"${'}'.repeat(2500)}}`;
    await expectNothingStored('POST', '/api/symptoms', deep, { status: 400, code: 'validation_error' });
  });

  it.each(TEXT_FIELDS)(
    'invalid UTF-8 in the %s is 400 invalid_json, nothing stored',
    async (_field, send) => {
      const [method, path, body] = send('MARKER');
      const [head, tail] = JSON.stringify(body).split('MARKER') as [string, string];
      const raw = Buffer.concat([
        Buffer.from(head),
        Buffer.from([0xc3, 0x28, 0xff, 0xfe]),
        Buffer.from(tail),
      ]);
      const before = await snapshotUser(stack.db, user.id);
      const response = await fetch(stack.apiUrl + path, {
        method,
        headers: { authorization: `Bearer ${user.token}`, 'content-type': 'application/json' },
        body: raw,
      });
      const text = await response.text();
      expectContractError(
        { status: response.status, body: JSON.parse(text), text, headers: response.headers, ms: 0 },
        { status: 400, code: 'invalid_json' },
      );
      expect(await snapshotUser(stack.db, user.id)).toEqual(before);
    },
  );

  it.each(TEXT_FIELDS)(
    'SQL meta-characters and <script> in the %s are stored verbatim and returned as JSON data',
    async (_field, send) => {
      const hostile = `<script>alert(1)</script>'); DROP TABLE users;-- %_\\"`;
      const [method, path, body] = send(hostile);
      const answer = await call(stack.apiUrl, method, path, { token: user.token, body });
      expect(answer.status, answer.text.slice(0, 300)).toBeLessThan(300);
      expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
      expect(answer.text).toContain(JSON.stringify(hostile).slice(1, -1));
      expect(JSON.stringify(answer.body)).toContain(JSON.stringify(hostile));
      const counts = await countRows(stack.db);
      expect(counts.users).toBeGreaterThan(0);
    },
  );

  it('answers path ids that are not UUIDs with 404 not_found on every route that takes one', async () => {
    const badIds = [
      '1',
      "1' OR '1'='1",
      '..%2F..%2Fetc%2Fpasswd',
      '%00',
      'x'.repeat(300),
      '6f1c1d5e-8a0b-4c3d-9e2f-1a2b3c4d5e6fz',
    ];
    const routes = [
      ['DELETE', '/api/symptoms/:id'],
      ['DELETE', '/api/posts/:id'],
      ['POST', '/api/posts/:id/like'],
      ['GET', '/api/posts/:id/comments'],
      ['POST', '/api/posts/:id/comments'],
      ['DELETE', '/api/bookings/:id'],
      ['PATCH', '/api/cart/:id'],
      ['DELETE', '/api/cart/:id'],
    ] as const;
    for (const [method, template] of routes) {
      for (const id of badIds) {
        const body = method === 'PATCH' ? { quantity: 1 } : method === 'POST' ? { body: 'x' } : undefined;
        await expectNothingStored(method, template.replace(':id', id), body, {
          status: 404,
          code: 'not_found',
        });
      }
    }
  });

  it('refuses negative, zero, fractional and enormous quantities and product ids with 400, cart unchanged', async () => {
    for (const quantity of [-1, 0, 1.5, 100, 1e9, 2 ** 53, Number.MAX_VALUE, '3']) {
      await expectNothingStored(
        'POST',
        '/api/cart',
        { productId: 3, quantity },
        { status: 400, code: 'validation_error' },
      );
      await expectNothingStored(
        'PATCH',
        `/api/cart/${lineId}`,
        { quantity },
        { status: 400, code: 'validation_error' },
      );
    }
    for (const productId of [-1, 0, 2 ** 31, 1e300, 1.5]) {
      await expectNothingStored(
        'POST',
        '/api/cart',
        { productId },
        { status: 400, code: 'validation_error' },
      );
    }
  });

  it('refuses a symptom log dated after the person’s today or on an impossible date', async () => {
    const inThreeDays = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    for (const date of [inThreeDays, '9999-12-31', '2026-02-30', '2026-13-01', 'tomorrow']) {
      const answer = await expectNothingStored('POST', '/api/symptoms', log({ date }), {
        status: 400,
        code: 'validation_error',
      });
      expect(answer.body.error.details.fields).toHaveProperty('date');
    }
  });

  it.each(['severity', 'mood', 'energy', 'sleep'])(
    'refuses a %s of 0, 11, 5.5, -1 and "5" naming the field',
    async (field) => {
      for (const score of [0, 11, 5.5, -1, '5']) {
        const answer = await expectNothingStored('POST', '/api/symptoms', log({ [field]: score }), {
          status: 400,
          code: 'validation_error',
        });
        expect(Object.keys(answer.body.error.details.fields)).toEqual([field]);
      }
    },
  );
});
