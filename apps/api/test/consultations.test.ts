import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApiHarness, type TestUser } from './support/api-harness';

let api: ApiHarness;
beforeAll(async () => {
  api = await startApiHarness();
});
afterAll(() => api?.stop());

interface Slot {
  date: string;
  time: string;
}
interface Expert {
  id: string;
  specialties: string[];
  consultationTypes: string[];
  slots: Slot[];
}

async function experts(user: TestUser): Promise<Expert[]> {
  const response = await api.request('GET', '/api/experts', { user });
  expect(response.status).toBe(200);
  return response.body.items;
}

/** A free slot of some expert, the n-th one, so tests do not compete for the same slot. */
async function freeSlot(user: TestUser, n: number) {
  const expert = (await experts(user))[n % 6]!;
  return { expert, slot: expert.slots[Math.floor(n / 6)]! };
}

const book = (user: TestUser, body: Record<string, unknown>) =>
  api.request('POST', '/api/bookings', { user, body });

describe('GET /api/experts', () => {
  it('lists at least six experts across PCOS, thyroid, menopause, fertility, nutrition and mental health', async () => {
    const user = await api.createUser();
    const items = await experts(user);
    expect(items.length).toBeGreaterThanOrEqual(6);
    const specialties = items.flatMap((expert) => expert.specialties).join(' ');
    for (const area of ['PCOS', 'Thyroid', 'Menopause', 'Fertility', 'Nutrition', 'Mental health']) {
      expect(specialties).toContain(area);
    }
    for (const expert of items as Array<Expert & { name: string; title: string }>) {
      expect(expert.name).toMatch(/\S+ \S+/);
      expect(expert.title.length).toBeGreaterThan(5);
      expect(expert.consultationTypes.length).toBeGreaterThan(0);
    }
  });

  it('offers only upcoming slots within the next 14 days', async () => {
    const user = await api.createUser();
    const now = Date.now();
    for (const expert of await experts(user)) {
      expect(expert.slots.length).toBeGreaterThan(0);
      for (const slot of expert.slots) {
        const start = Date.parse(`${slot.date}T${slot.time}:00+05:30`);
        expect(start).toBeGreaterThan(now);
        expect(start).toBeLessThan(now + 15 * 86_400_000);
      }
    }
  });
});

describe('POST /api/bookings', () => {
  it('books a free slot: 201 confirmed, and the slot disappears from the catalogue', async () => {
    const user = await api.createUser();
    const { expert, slot } = await freeSlot(user, 0);
    const response = await book(user, {
      expertId: expert.id,
      type: expert.consultationTypes[0],
      ...slot,
      notes: 'First visit',
    });
    expect(response.status).toBe(201);
    expect(response.body.item).toEqual({
      id: expect.any(String),
      expertId: expert.id,
      type: expert.consultationTypes[0],
      date: slot.date,
      time: slot.time,
      status: 'confirmed',
      notes: 'First visit',
      createdAt: expect.stringMatching(/Z$/),
    });
    const after = (await experts(user)).find((item) => item.id === expert.id)!;
    expect(after.slots).not.toContainEqual(slot);
  });

  it('lets exactly one of 20 concurrent requests for one slot win: one 201, nineteen 409, one row', async () => {
    const people = await Promise.all(Array.from({ length: 20 }, () => api.createUser()));
    const { expert, slot } = await freeSlot(people[0]!, 1);
    const body = { expertId: expert.id, type: expert.consultationTypes[0], ...slot };
    const responses = await Promise.all(people.map((user) => book(user, body)));
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([201, ...Array(19).fill(409)]);
    for (const response of responses.filter((r) => r.status === 409)) {
      expect(response.body.error.code).toBe('conflict');
    }
    const { rows } = await api.pool.query(
      'SELECT count(*)::int AS n FROM bookings WHERE expert_id = $1 AND date = $2 AND time = $3',
      [expert.id, slot.date, slot.time],
    );
    expect(rows[0].n).toBe(1);
  });

  it('frees the slot on cancellation, so someone else can book it', async () => {
    const first = await api.createUser();
    const second = await api.createUser();
    const { expert, slot } = await freeSlot(first, 2);
    const body = { expertId: expert.id, type: expert.consultationTypes[0], ...slot };
    const booking = await book(first, body);
    expect((await book(second, body)).status).toBe(409);
    expect(
      (await api.request('DELETE', `/api/bookings/${booking.body.item.id}`, { user: first })).status,
    ).toBe(204);
    expect((await experts(second)).find((item) => item.id === expert.id)!.slots).toContainEqual(slot);
    expect((await book(second, body)).status).toBe(201);
    const mine = await api.request('GET', '/api/bookings', { user: first });
    expect(mine.body.items[0]).toMatchObject({ id: booking.body.item.id, status: 'cancelled' });
  });

  it.each([
    ['an unknown expert', { expertId: 'dr-nobody' }, 'expertId'],
    ['a type the expert does not offer', { expertId: 'dr-rohan-mehta', type: 'chat' }, 'type'],
    ['a time outside the schedule', { time: '03:00' }, 'time'],
    ['a slot in the past', { date: '2020-01-06', time: '10:00' }, 'time'],
    ['a date beyond the 14-day horizon', { date: '2099-01-05', time: '10:00' }, 'time'],
    ['an unknown consultation type', { type: 'carrier-pigeon' }, 'type'],
    ['a malformed time', { time: '9am' }, 'time'],
    ['an impossible date', { date: '2026-02-30' }, 'date'],
  ])('rejects %s with 400 validation_error naming the field', async (_situation, overrides, field) => {
    const user = await api.createUser();
    const { expert, slot } = await freeSlot(user, 3);
    const response = await book(user, {
      expertId: expert.id,
      type: expert.consultationTypes[0],
      ...slot,
      ...overrides,
    });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('validation_error');
    expect(response.body.error.details.fields).toHaveProperty(field);
  });

  it('refuses an unverified person with 403 email_not_verified', async () => {
    const user = await api.createUser({ emailVerified: false });
    const { expert, slot } = await freeSlot(user, 4);
    const response = await book(user, { expertId: expert.id, type: expert.consultationTypes[0], ...slot });
    expect(response).toMatchObject({ status: 403, body: { error: { code: 'email_not_verified' } } });
  });
});

describe('GET /api/bookings and DELETE /api/bookings/:id', () => {
  it('lists only the caller’s bookings, newest first, in the list shape', async () => {
    const user = await api.createUser();
    const other = await api.createUser();
    const a = await freeSlot(user, 5);
    const b = await freeSlot(user, 6);
    const c = await freeSlot(user, 7);
    const first = await book(user, { expertId: a.expert.id, type: a.expert.consultationTypes[0], ...a.slot });
    const second = await book(user, {
      expertId: b.expert.id,
      type: b.expert.consultationTypes[0],
      ...b.slot,
    });
    await book(other, { expertId: c.expert.id, type: c.expert.consultationTypes[0], ...c.slot });
    const response = await api.request('GET', '/api/bookings', { user });
    expect(response.status).toBe(200);
    expect(response.body.items.map((item: { id: string }) => item.id)).toEqual([
      second.body.item.id,
      first.body.item.id,
    ]);
    expect(response.body.nextCursor).toBeNull();
  });

  it('answers a missing booking or a non-UUID id with 404 not_found', async () => {
    const user = await api.createUser();
    const missing = await api.request('DELETE', '/api/bookings/0b8f9c1e-7d6a-4b5c-8e9f-0a1b2c3d4e5f', {
      user,
    });
    expect(missing).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
    expect((await api.request('DELETE', '/api/bookings/42', { user })).status).toBe(404);
  });
});
