import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type ApiHarness, startApiHarness } from './support/api-harness';

let api: ApiHarness;
beforeAll(async () => {
  api = await startApiHarness();
});
afterAll(() => api?.stop());

const log = (overrides: Record<string, unknown> = {}) => ({
  symptoms: ['Cramps'],
  severity: 6,
  mood: 4,
  energy: 3,
  sleep: 7,
  ...overrides,
});

describe('POST /api/symptoms at the same instant, for a person in Kiritimati (UTC+14) and one in Los Angeles (UTC−8)', () => {
  // 10:30 UTC on the 7th: 00:30 on the 8th in Kiritimati, 02:30 on the 7th in Los Angeles.
  const instant = new Date('2026-12-07T10:30:00Z');
  beforeEach(() => api.setNow(instant));
  afterEach(() => api.setNow(undefined));

  it('dates a log sent without a date on each person’s own today', async () => {
    const kiritimati = await api.createUser({ timeZone: 'Pacific/Kiritimati' });
    const losAngeles = await api.createUser({ timeZone: 'America/Los_Angeles' });
    const east = await api.request('POST', '/api/symptoms', { user: kiritimati, body: log() });
    const west = await api.request('POST', '/api/symptoms', { user: losAngeles, body: log() });
    expect([east.status, east.body.item.date]).toEqual([201, '2026-12-08']);
    expect([west.status, west.body.item.date]).toEqual([201, '2026-12-07']);
  });

  it('accepts the 8th from Kiritimati and refuses it from Los Angeles as a future date', async () => {
    const kiritimati = await api.createUser({ timeZone: 'Pacific/Kiritimati' });
    const losAngeles = await api.createUser({ timeZone: 'America/Los_Angeles' });
    const body = log({ date: '2026-12-08' });
    expect((await api.request('POST', '/api/symptoms', { user: kiritimati, body })).status).toBe(201);
    const future = await api.request('POST', '/api/symptoms', { user: losAngeles, body });
    expect(future.status).toBe(400);
    expect(future.body.error).toMatchObject({
      code: 'validation_error',
      details: { fields: { date: expect.any(String) } },
    });
  });

  it('moves Los Angeles to the 8th at its own midnight, 08:00 UTC', async () => {
    const losAngeles = await api.createUser({ timeZone: 'America/Los_Angeles' });
    api.setNow(new Date('2026-12-08T07:59:59Z'));
    expect(
      (await api.request('POST', '/api/symptoms', { user: losAngeles, body: log() })).body.item.date,
    ).toBe('2026-12-07');
    api.setNow(new Date('2026-12-08T08:00:00Z'));
    expect(
      (await api.request('POST', '/api/symptoms', { user: losAngeles, body: log() })).body.item.date,
    ).toBe('2026-12-08');
  });
});
