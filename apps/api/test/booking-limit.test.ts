import type { Expert } from '@hormohelp/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApiHarness, type TestUser } from './support/api-harness';

let api: ApiHarness;
beforeAll(async () => {
  api = await startApiHarness();
});
afterAll(() => api?.stop());

interface BookingBody {
  expertId: string;
  type: string;
  date: string;
  time: string;
}

/** `count` free slots, as booking bodies, taken from across the catalogue as it is now. */
async function freeSlots(user: TestUser, count: number): Promise<BookingBody[]> {
  const response = await api.request('GET', '/api/experts', { user });
  expect(response.status).toBe(200);
  const bodies = (response.body.items as Expert[]).flatMap((expert) =>
    expert.slots.map((slot) => ({ expertId: expert.id, type: expert.consultationTypes[0]!, ...slot })),
  );
  expect(bodies.length).toBeGreaterThanOrEqual(count);
  return bodies.slice(0, count);
}

const book = (user: TestUser, body: BookingBody) => api.request('POST', '/api/bookings', { user, body });

async function countHeld(user: TestUser): Promise<number> {
  const { rows } = await api.pool.query(
    `SELECT count(*)::int AS n FROM bookings WHERE user_id = $1 AND status <> 'cancelled'`,
    [user.id],
  );
  return rows[0].n;
}

describe('the limit of upcoming bookings per person', () => {
  it('when a person holds three upcoming bookings, a fourth answers 409 booking_limit and stores nothing', async () => {
    const user = await api.createUser();
    const [first, second, third, fourth] = await freeSlots(user, 4);
    for (const body of [first!, second!, third!]) expect((await book(user, body)).status).toBe(201);
    const refused = await book(user, fourth!);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'booking_limit', details: { limit: 3 } });
    expect(refused.body.error.message).toMatch(/3 upcoming/);
    expect(await countHeld(user)).toBe(3);
    // The refused slot is still free for someone else.
    expect((await book(await api.createUser(), fourth!)).status).toBe(201);
  });

  it('when a person cancels one of three upcoming bookings, the next booking is accepted', async () => {
    const user = await api.createUser();
    const slots = await freeSlots(user, 4);
    const made = [];
    for (const body of slots.slice(0, 3)) made.push((await book(user, body)).body.item.id);
    expect((await book(user, slots[3]!)).status).toBe(409);
    expect((await api.request('DELETE', `/api/bookings/${made[1]}`, { user })).status).toBe(204);
    expect((await book(user, slots[3]!)).status).toBe(201);
    expect((await book(user, slots[1]!)).body.error.code).toBe('booking_limit');
  });

  it('when a person sends six bookings for six free slots at once, exactly three succeed', async () => {
    const user = await api.createUser();
    const slots = await freeSlots(user, 6);
    // Inserts into bookings wait behind this lock until all six requests are in flight, so each has
    // already read the person's bookings when the first insert lands: a count made outside the
    // person's lock would let all six through.
    const gate = await api.pool.connect();
    await gate.query('BEGIN');
    await gate.query('LOCK TABLE bookings IN SHARE MODE');
    const pending = Promise.all(slots.map((body) => book(user, body)));
    const waiting = async () =>
      (
        await api.pool.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity
            WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        )
      ).rows[0].n;
    try {
      await expect.poll(waiting, { timeout: 5000, interval: 20 }).toBe(6);
    } finally {
      await gate.query('COMMIT');
      gate.release();
    }
    const responses = await pending;
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([201, 201, 201, 409, 409, 409]);
    for (const response of responses.filter((r) => r.status === 409)) {
      expect(response.body.error.code).toBe('booking_limit');
    }
    expect(await countHeld(user)).toBe(3);
  });

  it('when a person’s earlier bookings have started, they do not count against the limit', async () => {
    const user = await api.createUser();
    // Today's date in India, where slots are: a slot at 00:00 today has started.
    const today = new Date(Date.now() + 330 * 60_000).toISOString().slice(0, 10);
    await api.pool.query(
      `INSERT INTO bookings (user_id, expert_id, type, date, time, status)
       SELECT $1, expert_id, 'video', date, '00:00', 'confirmed'
         FROM unnest(
           ARRAY['priya-nair', 'dr-ananya-iyer', 'dr-sneha-reddy', 'dr-rohan-mehta'],
           ARRAY['2020-01-06', $2, $2, $2]
         ) AS started (expert_id, date)`,
      [user.id, today],
    );
    for (const body of await freeSlots(user, 3)) expect((await book(user, body)).status).toBe(201);
    expect(await countHeld(user)).toBe(7);
  });

  it('when other people hold bookings, they do not count against this person’s limit', async () => {
    const [user, other] = [await api.createUser(), await api.createUser()];
    const slots = await freeSlots(user, 6);
    for (const body of slots.slice(0, 3)) expect((await book(other, body)).status).toBe(201);
    for (const body of slots.slice(3)) expect((await book(user, body)).status).toBe(201);
  });
});
