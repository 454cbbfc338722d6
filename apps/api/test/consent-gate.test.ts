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
