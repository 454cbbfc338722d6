import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApiHarness, type TestUser } from './support/api-harness';

let api: ApiHarness;
let user: TestUser;
beforeAll(async () => {
  api = await startApiHarness();
  user = await api.createUser();
});
afterAll(() => api?.stop());

const log = (date: string) => ({ date, symptoms: ['Cramps'], severity: 5, mood: 5, energy: 5, sleep: 5 });
const answers = (lastPeriodStart: string) => ({
  onboardingData: { conditions: ['PCOS'], cycle: { typicalLengthDays: 30, lastPeriodStart } },
});

/** Each way a calendar date enters the API, with the field the 400 names. */
const entries: Array<[string, (date: string) => ReturnType<ApiHarness['request']>, string]> = [
  ['a symptom log’s date', (date) => api.request('POST', '/api/symptoms', { user, body: log(date) }), 'date'],
  ['?from of the symptom list', (date) => api.request('GET', `/api/symptoms?from=${date}`, { user }), 'from'],
  ['?to of the symptom list', (date) => api.request('GET', `/api/symptoms?to=${date}`, { user }), 'to'],
  [
    'onboarding’s last period',
    (date) => api.request('PATCH', '/users/me', { user, body: answers(date) }),
    'onboardingData.cycle.lastPeriodStart',
  ],
  [
    'a booking’s date',
    (date) =>
      api.request('POST', '/api/bookings', {
        user,
        body: { expertId: 'priya-nair', type: 'video', date, time: '18:00' },
      }),
    'date',
  ],
];

describe('calendar dates before 1900-01-01', () => {
  it.each(entries)(
    'when %s is 0000-01-01 or 1899-12-31, answers 400 validation_error naming it',
    async (_entry, send, field) => {
      for (const date of ['0000-01-01', '1899-12-31']) {
        const response = await send(date);
        expect(response.status, date).toBe(400);
        expect(response.body.error.code).toBe('validation_error');
        expect(response.body.error.details.fields, date).toHaveProperty([field]);
      }
    },
  );

  it.each(entries.slice(0, 4))('when %s is 1900-01-01, accepts it', async (_entry, send) => {
    const response = await send('1900-01-01');
    expect(response.status).toBeLessThan(300);
  });

  it('when a booking is for 1900-01-01, refuses the slot, not the date', async () => {
    const response = await entries[4]![1]('1900-01-01');
    expect(response.status).toBe(400);
    expect(Object.keys(response.body.error.details.fields)).toEqual(['time']);
  });

  it('when the symptom list is asked for 1900-01-01, it answers the log of that day', async () => {
    const person = await api.createUser();
    expect(
      (await api.request('POST', '/api/symptoms', { user: person, body: log('1900-01-01') })).status,
    ).toBe(201);
    const response = await api.request('GET', '/api/symptoms?from=1900-01-01&to=1900-01-01', {
      user: person,
    });
    expect(response.status).toBe(200);
    expect(response.body.items.map((item: { date: string }) => item.date)).toEqual(['1900-01-01']);
  });
});

describe('cursors that carry year 0', () => {
  const cursorOf = (key: string[]) => Buffer.from(JSON.stringify(key)).toString('base64url');
  const id = '0b8f9c1e-7d6a-4b5c-8e9f-0a1b2c3d4e5f';

  it.each([
    ['/api/symptoms', ['0000-01-01', '2026-01-01T00:00:00.000000Z', id]],
    ['/api/symptoms', ['2026-01-01', '0000-01-01T00:00:00.000000Z', id]],
    ['/api/bookings', ['0000-01-01T00:00:00.000000Z', id]],
  ])('when GET %s is given one (%j), answers 400 validation_error naming the cursor', async (path, key) => {
    const response = await api.request('GET', `${path}?cursor=${cursorOf(key)}`, { user });
    expect(response.status).toBe(400);
    expect(response.body.error.details.fields).toHaveProperty('cursor');
  });
});
