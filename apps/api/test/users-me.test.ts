import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApiHarness } from './support/api-harness';

let api: ApiHarness;
beforeAll(async () => {
  api = await startApiHarness();
});
afterAll(() => api?.stop());

describe('PATCH /users/me', () => {
  it('changes the name and onboarding answers and answers 200 with the contract user', async () => {
    const user = await api.createUser({ name: 'Before' });
    const onboardingData = { conditions: ['PCOS'], cycleLength: 32, goals: ['Track symptoms'] };
    const response = await api.request('PATCH', '/users/me', {
      user,
      body: { name: 'After', onboardingData },
    });
    expect(response.status).toBe(200);
    expect(response.body.user).toEqual({
      id: user.id,
      email: user.email,
      name: 'After',
      emailVerified: true,
      onboardingData,
      timeZone: 'UTC',
      healthDataConsent: true,
      createdAt: expect.stringMatching(/Z$/),
    });
  });

  it('changes the time zone, which then decides the date of a log sent without one', async () => {
    const user = await api.createUser();
    api.setNow(new Date('2026-12-07T10:30:00Z'));
    try {
      const response = await api.request('PATCH', '/users/me', {
        user,
        body: { timeZone: 'Pacific/Kiritimati' },
      });
      expect(response.status).toBe(200);
      expect(response.body.user.timeZone).toBe('Pacific/Kiritimati');
      const body = { symptoms: [], severity: 5, mood: 5, energy: 5, sleep: 5 };
      const saved = await api.request('POST', '/api/symptoms', { user, body });
      expect(saved.body.item.date).toBe('2026-12-08');
    } finally {
      api.setNow(undefined);
    }
  });

  it('keeps fields that are not sent', async () => {
    const user = await api.createUser({ name: 'Keep Me' });
    await api.request('PATCH', '/users/me', { user, body: { onboardingData: { step: 1 } } });
    const response = await api.request('PATCH', '/users/me', { user, body: {} });
    expect(response.body.user).toMatchObject({ name: 'Keep Me', onboardingData: { step: 1 } });
  });

  it('changes only the caller’s own row', async () => {
    const user = await api.createUser({ name: 'Caller' });
    const other = await api.createUser({ name: 'Other' });
    await api.request('PATCH', '/users/me', { user, body: { name: 'Renamed', id: other.id } });
    const { rows } = await api.pool.query('SELECT id, name FROM users WHERE id = ANY($1) ORDER BY name', [
      [user.id, other.id],
    ]);
    expect(rows).toEqual([
      { id: other.id, name: 'Other' },
      { id: user.id, name: 'Renamed' },
    ]);
  });

  it.each([
    ['an empty name', { name: '   ' }, 'name'],
    ['a name over 100 characters', { name: 'n'.repeat(101) }, 'name'],
    ['onboarding data that is not an object', { onboardingData: ['PCOS'] }, 'onboardingData'],
    ['onboarding data over 8 KB', { onboardingData: { notes: 'x'.repeat(9000) } }, 'onboardingData'],
    ['a time zone that does not exist', { timeZone: 'Europe/Atlantis' }, 'timeZone'],
    ['a UTC offset in place of a zone', { timeZone: '+05:30' }, 'timeZone'],
  ])('rejects %s with 400 validation_error naming the field', async (_situation, body, field) => {
    const user = await api.createUser();
    const response = await api.request('PATCH', '/users/me', { user, body });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('validation_error');
    expect(response.body.error.details.fields).toHaveProperty(field);
  });

  it('answers 404 not_found for a valid token whose account no longer exists', async () => {
    const user = await api.createUser();
    await api.pool.query('DELETE FROM users WHERE id = $1', [user.id]);
    const response = await api.request('PATCH', '/users/me', { user, body: { name: 'Ghost' } });
    expect(response).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
  });

  it('answers writes by a deleted account (token still valid) with 404, never a 500', async () => {
    const user = await api.createUser();
    await api.pool.query('DELETE FROM users WHERE id = $1', [user.id]);
    const log = { symptoms: [], severity: 5, mood: 5, energy: 5, sleep: 5 };
    expect((await api.request('POST', '/api/symptoms', { user, body: log })).status).toBe(404);
    expect(
      (await api.request('POST', '/api/posts', { user, body: { title: 'Ghost post', body: 'b' } })).status,
    ).toBe(404);
    const expert = (await api.request('GET', '/api/experts', { user })).body.items[0];
    const booking = { expertId: expert.id, type: expert.consultationTypes[0], ...expert.slots[0] };
    expect((await api.request('POST', '/api/bookings', { user, body: booking })).status).toBe(404);
  });

  it('answers a body that is not JSON with 415 and malformed JSON with 400 invalid_json', async () => {
    const user = await api.createUser();
    const text = await api.request('PATCH', '/users/me', {
      user,
      body: 'name=x',
      headers: { 'content-type': 'text/plain' },
    });
    expect(text).toMatchObject({ status: 415, body: { error: { code: 'unsupported_media_type' } } });
    const broken = await api.request('PATCH', '/users/me', { user, body: '{"name": ' });
    expect(broken).toMatchObject({ status: 400, body: { error: { code: 'invalid_json' } } });
  });
});
