import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, latestCalendarDate } from '../src/features/symptoms/latest-calendar-date';
import { type ApiHarness, startApiHarness, type TestUser } from './support/api-harness';

let api: ApiHarness;
beforeAll(async () => {
  api = await startApiHarness();
});
afterAll(() => api?.stop());

const log = (overrides: Record<string, unknown> = {}) => ({
  symptoms: ['Cramps', 'Fatigue'],
  severity: 6,
  mood: 4,
  energy: 3,
  sleep: 7,
  ...overrides,
});

async function logOn(user: TestUser, date: string, overrides: Record<string, unknown> = {}) {
  const response = await api.request('POST', '/api/symptoms', { user, body: log({ date, ...overrides }) });
  expect(response.status).toBe(201);
  return response.body.item;
}

describe('POST /api/symptoms', () => {
  it('records a log and answers 201 with the contract shape', async () => {
    const user = await api.createUser();
    const response = await api.request('POST', '/api/symptoms', {
      user,
      body: log({ date: '2026-01-15', notes: 'Worse after lunch' }),
    });
    expect(response.status).toBe(201);
    expect(response.body.item).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      date: '2026-01-15',
      symptoms: ['Cramps', 'Fatigue'],
      notes: 'Worse after lunch',
      severity: 6,
      mood: 4,
      energy: 3,
      sleep: 7,
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
    });
  });

  it('dates a log without a date on the newest calendar day on earth (UTC+14)', async () => {
    const user = await api.createUser();
    const response = await api.request('POST', '/api/symptoms', { user, body: log() });
    expect(response.status).toBe(201);
    expect(response.body.item.date).toBe(latestCalendarDate());
  });

  it('accepts the UTC+14 date even where it is still yesterday in UTC, and refuses the day after', async () => {
    const user = await api.createUser();
    const latest = latestCalendarDate();
    expect((await api.request('POST', '/api/symptoms', { user, body: log({ date: latest }) })).status).toBe(
      201,
    );
    const future = await api.request('POST', '/api/symptoms', {
      user,
      body: log({ date: addDays(latest, 1) }),
    });
    expect(future.status).toBe(400);
    expect(future.body.error).toMatchObject({
      code: 'validation_error',
      details: { fields: { date: expect.any(String) } },
    });
  });

  it.each([
    ['a score of 0', { severity: 0 }, 'severity'],
    ['a score of 11', { mood: 11 }, 'mood'],
    ['a fractional score', { energy: 5.5 }, 'energy'],
    ['a score given as a string', { sleep: '7' }, 'sleep'],
    ['a missing score', { severity: undefined }, 'severity'],
    ['notes over 2000 characters', { notes: 'x'.repeat(2001) }, 'notes'],
    ['symptoms that are not a list', { symptoms: 'Cramps' }, 'symptoms'],
    ['an impossible date', { date: '2026-02-30' }, 'date'],
  ])('rejects %s with 400 validation_error naming the field', async (_situation, overrides, field) => {
    const user = await api.createUser();
    const response = await api.request('POST', '/api/symptoms', { user, body: log(overrides) });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('validation_error');
    expect(response.body.error.details.fields).toHaveProperty(field);
  });

  it('accepts notes of exactly 2000 characters', async () => {
    const user = await api.createUser();
    const response = await api.request('POST', '/api/symptoms', {
      user,
      body: log({ notes: 'n'.repeat(2000) }),
    });
    expect(response.status).toBe(201);
    expect(response.body.item.notes).toHaveLength(2000);
  });

  it('stores markup and SQL meta-characters in notes verbatim and returns them as JSON data', async () => {
    const user = await api.createUser();
    const notes = `<script>alert("x")</script> '; DROP TABLE symptom_logs; -- \\ %_ $1`;
    const item = await logOn(user, '2026-02-01', { notes, symptoms: ["Robert'); --", '<b>Cramps</b>'] });
    expect(item.notes).toBe(notes);
    const list = await api.request('GET', '/api/symptoms', { user });
    expect(list.headers.get('content-type')).toMatch(/^application\/json/);
    expect(list.body.items[0].notes).toBe(notes);
    expect(list.body.items[0].symptoms).toEqual(["Robert'); --", '<b>Cramps</b>']);
  });
});

describe('GET /api/symptoms', () => {
  it('lists only the caller’s logs, newest date first, then newest created first', async () => {
    const user = await api.createUser();
    const other = await api.createUser();
    await logOn(other, '2026-03-05');
    const first = await logOn(user, '2026-03-01');
    const sameDayEarlier = await logOn(user, '2026-03-03');
    const sameDayLater = await logOn(user, '2026-03-03');
    const response = await api.request('GET', '/api/symptoms', { user });
    expect(response.status).toBe(200);
    expect(response.body.items.map((item: { id: string }) => item.id)).toEqual([
      sameDayLater.id,
      sameDayEarlier.id,
      first.id,
    ]);
    expect(response.body.nextCursor).toBeNull();
  });

  it('filters by an inclusive from/to date range', async () => {
    const user = await api.createUser();
    for (const date of ['2026-04-01', '2026-04-02', '2026-04-03', '2026-04-04']) await logOn(user, date);
    const response = await api.request('GET', '/api/symptoms?from=2026-04-02&to=2026-04-03', { user });
    expect(response.body.items.map((item: { date: string }) => item.date)).toEqual([
      '2026-04-03',
      '2026-04-02',
    ]);
  });

  it('returns every row exactly once across keyset pages, including many logs on one day', async () => {
    const user = await api.createUser();
    const ids = new Set<string>();
    for (let day = 1; day <= 9; day += 1) {
      for (let n = 0; n < (day % 3) + 1; n += 1) ids.add((await logOn(user, `2026-05-0${day}`)).id);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor ? `&cursor=${cursor}` : '';
      const page = await api.request('GET', `/api/symptoms?limit=4${query}`, { user });
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(4);
      seen.push(...page.body.items.map((item: { id: string }) => item.id));
      cursor = page.body.nextCursor;
      pages += 1;
    } while (cursor);
    expect(seen).toHaveLength(ids.size);
    expect(new Set(seen)).toEqual(ids);
    expect(pages).toBe(Math.ceil(ids.size / 4));
  });

  it.each([
    ['a limit of 0', 'limit=0', 'limit'],
    ['a limit of 101', 'limit=101', 'limit'],
    ['a cursor that is not one of ours', 'cursor=bm90LWEtY3Vyc29y', 'cursor'],
    [
      'a tampered cursor with an impossible date',
      `cursor=${Buffer.from(JSON.stringify(['2026-02-30', '2026-01-01T00:00:00.000000Z', '00000000-0000-4000-8000-000000000000'])).toString('base64url')}`,
      'cursor',
    ],
    ['a malformed from date', 'from=yesterday', 'from'],
    ['a range that ends before it starts', 'from=2026-05-02&to=2026-05-01', 'to'],
  ])('rejects %s with 400 validation_error', async (_situation, query, field) => {
    const user = await api.createUser();
    const response = await api.request('GET', `/api/symptoms?${query}`, { user });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('validation_error');
    expect(response.body.error.details.fields).toHaveProperty(field);
  });
});

describe('DELETE /api/symptoms/:id', () => {
  it('deletes the caller’s own log with 204, and the same id again is 404', async () => {
    const user = await api.createUser();
    const item = await logOn(user, '2026-06-01');
    expect((await api.request('DELETE', `/api/symptoms/${item.id}`, { user })).status).toBe(204);
    const again = await api.request('DELETE', `/api/symptoms/${item.id}`, { user });
    expect(again).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
    expect((await api.request('GET', '/api/symptoms', { user })).body.items).toEqual([]);
  });

  it('answers an id that is not a UUID with 404 not_found', async () => {
    const user = await api.createUser();
    const response = await api.request('DELETE', '/api/symptoms/not-a-uuid', { user });
    expect(response).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
  });
});
