import {
  bookingListSchema,
  bookingSchema,
  commentListSchema,
  commentSchema,
  expertListSchema,
  likeResultSchema,
  postListSchema,
  postSchema,
  symptomListSchema,
  symptomLogSchema,
  symptomStatsSchema,
  userResponseSchema,
} from '@hormohelp/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { type ApiHarness, startApiHarness, type TestUser } from './support/api-harness';

let api: ApiHarness;
let user: TestUser;
beforeAll(async () => {
  api = await startApiHarness();
  user = await api.createUser();
});
afterAll(() => api?.stop());

/** The body parses with the contract schema, and parsing drops nothing: no field beyond the contract. */
function expectShape(schema: z.ZodType, body: unknown) {
  const parsed = schema.safeParse(body);
  expect(parsed.error?.issues ?? []).toEqual([]);
  expect(parsed.data).toEqual(body);
}

const call = async (method: string, path: string, body?: unknown) => {
  const response = await api.request(method, path, { user, body });
  expect(response.status, `${method} ${path}: ${JSON.stringify(response.body)}`).toBeLessThan(300);
  return response.body;
};

describe('every answer matches packages/contracts exactly', () => {
  it('users, symptoms and stats', async () => {
    expectShape(
      userResponseSchema,
      await call('PATCH', '/users/me', { name: 'Shape', onboardingData: { a: 1 } }),
    );
    const item = (
      await call('POST', '/api/symptoms', { symptoms: ['Cramps'], severity: 3, mood: 4, energy: 5, sleep: 6 })
    ).item;
    expectShape(symptomLogSchema, item);
    expectShape(symptomListSchema, await call('GET', '/api/symptoms'));
    expectShape(symptomStatsSchema, await call('GET', '/api/symptoms/stats?days=7'));
  });

  it('posts, likes and comments', async () => {
    const post = (await call('POST', '/api/posts', { title: 'Shape check', body: 'Body', category: 'PCOS' }))
      .item;
    expectShape(postSchema, post);
    expectShape(likeResultSchema, await call('POST', `/api/posts/${post.id}/like`));
    expectShape(commentSchema, (await call('POST', `/api/posts/${post.id}/comments`, { body: 'Hi' })).item);
    expectShape(postListSchema, await call('GET', '/api/posts'));
    expectShape(commentListSchema, await call('GET', `/api/posts/${post.id}/comments`));
  });

  it('experts and bookings', async () => {
    const experts = await call('GET', '/api/experts');
    expectShape(expertListSchema, experts);
    const expert = experts.items[0];
    const booking = await call('POST', '/api/bookings', {
      expertId: expert.id,
      type: expert.consultationTypes[0],
      ...expert.slots[0],
    });
    expectShape(bookingSchema, booking.item);
    expectShape(bookingListSchema, await call('GET', '/api/bookings'));
  });
});
