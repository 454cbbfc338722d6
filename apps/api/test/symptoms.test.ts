import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

describe('one log a day', () => {
  const logsOf = async (user: TestUser) =>
    (await api.pool.query('SELECT id, date::text, notes FROM symptom_logs WHERE user_id = $1', [user.id]))
      .rows;

  it('saving a day that already has a log answers 200 with that log replaced, keeping its id and creation time', async () => {
    const user = await api.createUser();
    const first = await logOn(user, '2026-02-10', { notes: 'Morning', symptoms: ['Cramps'] });
    const again = await api.request('POST', '/api/symptoms', {
      user,
      body: log({ date: '2026-02-10', notes: 'Evening', symptoms: ['Headache'], severity: 9 }),
    });
    expect(again.status).toBe(200);
    expect(again.body.item).toEqual({
      ...first,
      notes: 'Evening',
      symptoms: ['Headache'],
      severity: 9,
    });
    expect(await logsOf(user)).toEqual([{ id: first.id, date: '2026-02-10', notes: 'Evening' }]);
  });

  it('a save without a date twice in a row replaces today’s log', async () => {
    const user = await api.createUser();
    const first = await api.request('POST', '/api/symptoms', { user, body: log() });
    expect(first.status).toBe(201);
    const again = await api.request('POST', '/api/symptoms', { user, body: log({ notes: 'Later' }) });
    expect(again.status).toBe(200);
    expect(await logsOf(user)).toEqual([
      { id: again.body.item.id, date: first.body.item.date, notes: 'Later' },
    ]);
  });

  it('the same day for someone else is their own new log', async () => {
    const user = await api.createUser();
    const other = await api.createUser();
    await logOn(user, '2026-02-11');
    const theirs = await logOn(other, '2026-02-11');
    expect((await logsOf(other)).map((row) => row.id)).toEqual([theirs.id]);
    expect(await logsOf(user)).toHaveLength(1);
  });

  it('when eight saves of one day arrive at once, exactly one row remains: one answered 201, the others 200', async () => {
    const user = await api.createUser();
    const saves = await Promise.all(
      Array.from({ length: 8 }, (_, n) =>
        api.request('POST', '/api/symptoms', { user, body: log({ date: '2026-02-12', notes: `save ${n}` }) }),
      ),
    );
    expect(saves.map((save) => save.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
    const rows = await logsOf(user);
    expect(rows).toHaveLength(1);
    expect(new Set(saves.map((save) => save.body.item.id))).toEqual(new Set([rows[0].id]));
    expect(saves.map((save) => save.body.item.notes)).toContain(rows[0].notes);
  });
});

describe('PATCH /api/symptoms/:id', () => {
  it('edits a past day’s log: the fields given change, the others and the date stay', async () => {
    const user = await api.createUser();
    const item = await logOn(user, '2025-12-31', { notes: 'First draft' });
    const response = await api.request('PATCH', `/api/symptoms/${item.id}`, {
      user,
      body: { severity: 2, symptoms: ['Bloating', 'Bloating'], notes: '' },
    });
    expect(response.status).toBe(200);
    expect(response.body.item).toEqual({ ...item, severity: 2, symptoms: ['Bloating'], notes: '' });
    const list = await api.request('GET', '/api/symptoms', { user });
    expect(list.body.items).toEqual([response.body.item]);
  });

  it('answers someone else’s log, a deleted one and an id that is not a UUID with 404 not_found', async () => {
    const owner = await api.createUser();
    const intruder = await api.createUser();
    const item = await logOn(owner, '2026-01-20');
    const theirs = await api.request('PATCH', `/api/symptoms/${item.id}`, {
      user: intruder,
      body: { mood: 1 },
    });
    expect(theirs).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
    expect((await api.request('GET', '/api/symptoms', { user: owner })).body.items).toEqual([item]);
    await api.request('DELETE', `/api/symptoms/${item.id}`, { user: owner });
    const gone = await api.request('PATCH', `/api/symptoms/${item.id}`, { user: owner, body: { mood: 1 } });
    expect(gone.status).toBe(404);
    const notAnId = await api.request('PATCH', '/api/symptoms/not-a-uuid', {
      user: owner,
      body: { mood: 1 },
    });
    expect(notAnId).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
  });

  it('after consent is withdrawn, answers 403 consent_required and changes nothing', async () => {
    const user = await api.createUser();
    const item = await logOn(user, '2026-01-21');
    await api.request('PATCH', '/users/me', { user, body: { healthDataConsent: false } });
    const response = await api.request('PATCH', `/api/symptoms/${item.id}`, { user, body: { mood: 1 } });
    expect(response).toMatchObject({ status: 403, body: { error: { code: 'consent_required' } } });
    expect((await api.request('GET', '/api/symptoms', { user })).body.items).toEqual([item]);
  });

  it.each([
    ['a score of 11', { sleep: 11 }, 'sleep'],
    ['notes over 2000 characters', { notes: 'x'.repeat(2001) }, 'notes'],
    ['symptoms that are not a list', { symptoms: 'Cramps' }, 'symptoms'],
  ])('rejects %s with 400 validation_error naming the field', async (_situation, body, field) => {
    const user = await api.createUser();
    const item = await logOn(user, '2026-01-22');
    const response = await api.request('PATCH', `/api/symptoms/${item.id}`, { user, body });
    expect(response.status).toBe(400);
    expect(response.body.error.details.fields).toHaveProperty(field);
  });
});

describe('GET /api/symptoms', () => {
  it('lists only the caller’s logs, newest date first', async () => {
    const user = await api.createUser();
    const other = await api.createUser();
    await logOn(other, '2026-03-05');
    const first = await logOn(user, '2026-03-01');
    const third = await logOn(user, '2026-03-03');
    const second = await logOn(user, '2026-03-02');
    const response = await api.request('GET', '/api/symptoms', { user });
    expect(response.status).toBe(200);
    expect(response.body.items.map((item: { id: string }) => item.id)).toEqual([
      third.id,
      second.id,
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

  it('returns every row exactly once across keyset pages', async () => {
    const user = await api.createUser();
    const ids = new Set<string>();
    for (let day = 1; day <= 18; day += 1) {
      ids.add((await logOn(user, `2026-05-${String(day).padStart(2, '0')}`)).id);
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
