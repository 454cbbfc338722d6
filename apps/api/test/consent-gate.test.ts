import { exportDocumentSchema, HEALTH_DATA_POLICY_VERSION } from '@hormohelp/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApiHarness, type TestUser } from './support/api-harness';

let api: ApiHarness;
beforeAll(async () => {
  api = await startApiHarness();
});
afterAll(() => api?.stop());

const log = { date: '2026-11-01', symptoms: ['Cramps'], severity: 6, mood: 4, energy: 3, sleep: 7 };
const postLog = (user: TestUser) => api.request('POST', '/api/symptoms', { user, body: log });
const setConsent = (user: TestUser, healthDataConsent: unknown) =>
  api.request('PATCH', '/users/me', { user, body: { healthDataConsent } });

async function consentColumns(user: TestUser) {
  const { rows } = await api.pool.query(
    'SELECT health_data_consent_at AS at, health_data_consent_version AS version FROM users WHERE id = $1',
    [user.id],
  );
  return rows[0] as { at: Date | null; version: string | null };
}

async function countLogs(user: TestUser): Promise<number> {
  const { rows } = await api.pool.query('SELECT count(*) AS n FROM symptom_logs WHERE user_id = $1', [
    user.id,
  ]);
  return rows[0].n;
}

describe('consent to store health data', () => {
  it('without consent, POST /api/symptoms answers 403 consent_required and stores nothing', async () => {
    const user = await api.createUser({ healthDataConsent: false });
    const response = await postLog(user);
    expect(response).toMatchObject({ status: 403, body: { error: { code: 'consent_required' } } });
    expect(await countLogs(user)).toBe(0);
  });

  it('PATCH /users/me {healthDataConsent: true} records the policy version and the time, and logging works', async () => {
    const user = await api.createUser({ healthDataConsent: false });
    const before = Date.now();
    const response = await setConsent(user, true);
    expect(response.status).toBe(200);
    expect(response.body.user).toMatchObject({ id: user.id, healthDataConsent: true });
    const stored = await consentColumns(user);
    expect(stored.version).toBe(HEALTH_DATA_POLICY_VERSION);
    expect(stored.at!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect((await postLog(user)).status).toBe(201);
  });

  it('consenting again keeps the time of the first consent', async () => {
    const user = await api.createUser({ healthDataConsent: false });
    await setConsent(user, true);
    const first = await consentColumns(user);
    await setConsent(user, true);
    expect(await consentColumns(user)).toEqual(first);
  });

  it('withdrawing answers 403 consent_required again, clears the record, and keeps what was logged readable', async () => {
    const user = await api.createUser();
    expect((await postLog(user)).status).toBe(201);
    const response = await setConsent(user, false);
    expect(response.status).toBe(200);
    expect(response.body.user.healthDataConsent).toBe(false);
    expect(await consentColumns(user)).toEqual({ at: null, version: null });

    expect((await postLog(user)).body.error.code).toBe('consent_required');
    expect(await countLogs(user)).toBe(1);
    const list = await api.request('GET', '/api/symptoms', { user });
    expect(list.body.items).toHaveLength(1);
  });

  it('a PATCH without healthDataConsent leaves consent as it was', async () => {
    const user = await api.createUser();
    const before = await consentColumns(user);
    const response = await api.request('PATCH', '/users/me', { user, body: { name: 'Renamed' } });
    expect(response.body.user.healthDataConsent).toBe(true);
    expect(await consentColumns(user)).toEqual(before);
  });

  it.each([
    ['a string', 'yes'],
    ['a number', 1],
    ['null', null],
  ])(
    'rejects healthDataConsent as %s with 400 validation_error naming the field',
    async (_situation, value) => {
      const user = await api.createUser({ healthDataConsent: false });
      const response = await setConsent(user, value);
      expect(response.status).toBe(400);
      expect(response.body.error.details.fields).toHaveProperty('healthDataConsent');
      expect((await consentColumns(user)).at).toBeNull();
    },
  );

  it('a deleted account still gets 404 not_found, not consent_required', async () => {
    const user = await api.createUser({ healthDataConsent: false });
    await api.pool.query('DELETE FROM users WHERE id = $1', [user.id]);
    expect((await postLog(user)).status).toBe(404);
  });

  it('is documented: POST /api/symptoms lists 403 consent_required, PATCH /users/me the healthDataConsent field', async () => {
    const doc = (await api.request('GET', '/openapi.json')).body;
    expect(doc.paths['/api/symptoms'].post.responses['403'].description).toContain('consent_required');
    const patch = doc.paths['/users/me'].patch.requestBody.content['application/json'].schema;
    expect(patch.properties.healthDataConsent).toEqual({ type: 'boolean', description: expect.any(String) });
  });

  it('one person’s consent never lets another log', async () => {
    const withConsent = await api.createUser();
    const without = await api.createUser({ healthDataConsent: false });
    expect((await postLog(withConsent)).status).toBe(201);
    expect((await postLog(without)).status).toBe(403);
  });
});

describe('the history of consent', () => {
  it('keeps each change (given, withdrawn, given again) with its time and version, and exports it oldest first', async () => {
    const user = await api.createUser({ healthDataConsent: false });
    for (const consent of [true, true, false, false, true])
      expect((await setConsent(user, consent)).status).toBe(200);

    const exported = await fetch(`${api.url}/users/me/export`, {
      headers: { authorization: `Bearer ${user.token}` },
    });
    const { consent, consentHistory } = exportDocumentSchema.parse(await exported.json());
    // Saying the same thing twice is not a change: three events, not five.
    expect(consentHistory.map(({ granted, policyVersion }) => ({ granted, policyVersion }))).toEqual([
      { granted: true, policyVersion: HEALTH_DATA_POLICY_VERSION },
      { granted: false, policyVersion: null },
      { granted: true, policyVersion: HEALTH_DATA_POLICY_VERSION },
    ]);
    const times = consentHistory.map((event) => Date.parse(event.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(consent.givenAt).toBe(consentHistory[2]!.at);
  });

  it('goes with the account when it is deleted', async () => {
    const user = await api.createUser({ healthDataConsent: false });
    await setConsent(user, true);
    await api.pool.query('DELETE FROM users WHERE id = $1', [user.id]);
    const { rows } = await api.pool.query(
      'SELECT count(*)::int AS n FROM consent_events WHERE user_id = $1',
      [user.id],
    );
    expect(rows[0].n).toBe(0);
  });
});

describe('onboarding answers, which are health data', () => {
  const answers = { conditions: ['PCOS'], cycle: { lastPeriodStart: '2026-10-20', regularity: 'irregular' } };

  async function storedRow(user: TestUser) {
    const { rows } = await api.pool.query('SELECT name, onboarding_data FROM users WHERE id = $1', [user.id]);
    return rows[0] as { name: string; onboarding_data: Record<string, unknown> };
  }

  it('without consent, a PATCH /users/me carrying onboardingData answers 403 consent_required and stores nothing', async () => {
    const user = await api.createUser({ healthDataConsent: false, name: 'Before' });
    const response = await api.request('PATCH', '/users/me', {
      user,
      body: { name: 'After', onboardingData: answers },
    });
    expect(response).toMatchObject({ status: 403, body: { error: { code: 'consent_required' } } });
    expect(await storedRow(user)).toEqual({ name: 'Before', onboarding_data: {} });
  });

  it('with consent given in the same request, both are stored and the consent is recorded', async () => {
    const user = await api.createUser({ healthDataConsent: false });
    const response = await api.request('PATCH', '/users/me', {
      user,
      body: { healthDataConsent: true, onboardingData: answers },
    });
    expect(response.status).toBe(200);
    expect(response.body.user).toMatchObject({ healthDataConsent: true, onboardingData: answers });
    expect((await consentColumns(user)).version).toBe(HEALTH_DATA_POLICY_VERSION);
    const { rows } = await api.pool.query('SELECT granted FROM consent_events WHERE user_id = $1', [user.id]);
    expect(rows).toEqual([{ granted: true }]);
  });

  it('withdrawing consent in the same request as new answers answers 403 and keeps both as they were', async () => {
    const user = await api.createUser();
    const response = await api.request('PATCH', '/users/me', {
      user,
      body: { healthDataConsent: false, onboardingData: answers },
    });
    expect(response.status).toBe(403);
    expect((await storedRow(user)).onboarding_data).toEqual({});
    expect((await consentColumns(user)).version).toBe(HEALTH_DATA_POLICY_VERSION);
  });

  it('without consent, a name alone is still changed', async () => {
    const user = await api.createUser({ healthDataConsent: false });
    const response = await api.request('PATCH', '/users/me', { user, body: { name: 'Renamed' } });
    expect(response.body.user.name).toBe('Renamed');
  });
});

describe('after consent is withdrawn', () => {
  async function bookingBody(user: TestUser, notes?: string) {
    const expert = (await api.request('GET', '/api/experts', { user })).body.items[0];
    return { expertId: expert.id, type: expert.consultationTypes[0], ...expert.slots[0], notes };
  }

  it('every new health write is refused: a log, onboarding answers, notes to an expert', async () => {
    const user = await api.createUser();
    expect((await setConsent(user, false)).status).toBe(200);
    expect((await postLog(user)).status).toBe(403);
    const onboarding = { onboardingData: { conditions: ['Endometriosis'] } };
    expect((await api.request('PATCH', '/users/me', { user, body: onboarding })).status).toBe(403);
    const noted = await api.request('POST', '/api/bookings', {
      user,
      body: await bookingBody(user, 'Heavy bleeding for two weeks'),
    });
    expect(noted).toMatchObject({ status: 403, body: { error: { code: 'consent_required' } } });
    const { rows } = await api.pool.query('SELECT count(*) AS n FROM bookings WHERE user_id = $1', [user.id]);
    expect(rows[0].n).toBe(0);
    // A booking that carries no health data needs no consent.
    expect((await api.request('POST', '/api/bookings', { user, body: await bookingBody(user) })).status).toBe(
      201,
    );
  });
});

describe('DELETE /users/me/health-data', () => {
  it('deletes every log, the onboarding answers and the notes on bookings, and keeps the account and everyone else’s', async () => {
    const user = await api.createUser();
    const neighbour = await api.createUser();
    const answers = { conditions: ['PCOS'], ageRange: '25-34', completedAt: '2026-11-01T10:00:00.000Z' };
    await api.request('PATCH', '/users/me', { user, body: { onboardingData: answers } });
    for (const person of [user, neighbour]) expect((await postLog(person)).status).toBe(201);
    const otherDay = { ...log, date: '2026-11-02' };
    expect((await api.request('POST', '/api/symptoms', { user, body: otherDay })).status).toBe(201);
    const expert = (await api.request('GET', '/api/experts', { user })).body.items[0];
    const booking = { expertId: expert.id, type: expert.consultationTypes[0], ...expert.slots[0] };
    const booked = await api.request('POST', '/api/bookings', {
      user,
      body: { ...booking, notes: 'Cramps' },
    });
    expect(booked.status).toBe(201);
    await setConsent(user, false);

    const response = await api.request('DELETE', '/users/me/health-data', { user });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      user: expect.objectContaining({
        id: user.id,
        healthDataConsent: false,
        // When onboarding was finished is no health data: kept, so it is not asked again.
        onboardingData: { completedAt: answers.completedAt },
      }),
      deleted: { symptomLogs: 2, bookingNotes: 1 },
    });
    expect(await countLogs(user)).toBe(0);
    expect(await countLogs(neighbour)).toBe(1);
    const bookings = (await api.request('GET', '/api/bookings', { user })).body.items;
    expect(bookings).toEqual([expect.objectContaining({ id: booked.body.item.id, notes: '' })]);
    const exported = await (
      await fetch(`${api.url}/users/me/export`, { headers: { authorization: `Bearer ${user.token}` } })
    ).text();
    expect(exported).not.toMatch(/PCOS|25-34|Cramps/);
  });

  it('answers 401 without a token and 404 for an erased account', async () => {
    expect((await api.request('DELETE', '/users/me/health-data')).status).toBe(401);
    const user = await api.createUser();
    await api.pool.query('DELETE FROM users WHERE id = $1', [user.id]);
    const gone = await api.request('DELETE', '/users/me/health-data', { user });
    expect(gone).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
  });

  it('is documented with PATCH /users/me’s 403 consent_required', async () => {
    const doc = (await api.request('GET', '/openapi.json')).body;
    expect(doc.paths['/users/me/health-data'].delete.responses['200']).toBeDefined();
    expect(doc.paths['/users/me'].patch.responses['403'].description).toContain('consent_required');
  });
});
