import { addDays } from '@hormohelp/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYMPTOM_STATS_SQL } from '../src/features/symptoms/stats-query';
import { type ApiHarness, startApiHarness, type TestUser } from './support/api-harness';

// Every test runs at this instant, so no window moves under a test that crosses midnight.
const NOW = new Date('2026-12-07T10:30:00Z');
let api: ApiHarness;
beforeAll(async () => {
  api = await startApiHarness();
  api.setNow(NOW);
});
afterAll(() => api?.stop());

/** The default account's today: people are in UTC unless they say otherwise. */
const today = '2026-12-07';
const daysAgo = (n: number) => addDays(today, -n);

type Scores = [severity: number, mood: number, energy: number, sleep: number];
async function logOn(
  user: TestUser,
  date: string,
  [severity, mood, energy, sleep]: Scores,
  symptoms: string[],
) {
  const body = { date, symptoms, severity, mood, energy, sleep };
  const response = await api.request('POST', '/api/symptoms', { user, body });
  expect([200, 201]).toContain(response.status);
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}
const planNodes = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(planNodes)];

const stats = async (user: TestUser, query = '') =>
  api.request('GET', `/api/symptoms/stats${query}`, { user });

describe('GET /api/symptoms/stats', () => {
  let person: TestUser;
  beforeAll(async () => {
    person = await api.createUser();
    // Today saved twice (the second replaces the first), yesterday, two days ago; a gap; five days
    // in a row; old history outside the window.
    await logOn(person, today, [4, 5, 3, 8], ['Cramps', 'Bloating']);
    await logOn(person, today, [7, 6, 4, 5], ['Cramps']);
    await logOn(person, daysAgo(1), [5, 5, 5, 5], ['Headache']);
    await logOn(person, daysAgo(2), [2, 3, 4, 6], ['Cramps', 'Headache']);
    for (let n = 4; n <= 8; n += 1) await logOn(person, daysAgo(n), [6, 6, 6, 6], ['Fatigue']);
    await logOn(person, daysAgo(40), [1, 1, 1, 1], ['Acne']);
    for (let n = 50; n <= 56; n += 1) await logOn(person, daysAgo(n), [9, 9, 9, 9], ['Acne']);
  });

  it('computes the 30-day window figures and both streaks exactly as worked out by hand', async () => {
    const response = await stats(person);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      days: 30,
      today,
      totalLogs: 8,
      // today, yesterday, two days ago; then the gap three days ago.
      currentStreak: 3,
      // 50 to 56 days ago, outside the window: streaks look at the whole history.
      longestStreak: 7,
      // severity 44/8, mood 44/8, energy 43/8, sleep 46/8, to one decimal, halves up.
      averages: { severity: 5.5, mood: 5.5, energy: 5.4, sleep: 5.8 },
      topSymptoms: [
        { symptom: 'Fatigue', count: 5 },
        { symptom: 'Cramps', count: 2 },
        { symptom: 'Headache', count: 2 },
      ],
      series: [
        ...[8, 7, 6, 5, 4].map((n) => ({ date: daysAgo(n), severity: 6, mood: 6, energy: 6, sleep: 6 })),
        { date: daysAgo(2), severity: 2, mood: 3, energy: 4, sleep: 6 },
        { date: daysAgo(1), severity: 5, mood: 5, energy: 5, sleep: 5 },
        // Today's second save, which replaced the first.
        { date: today, severity: 7, mood: 6, energy: 4, sleep: 5 },
      ],
    });
  });

  it('narrows the window to 7 days (today and the six before it) without changing the streaks', async () => {
    const response = await stats(person, '?days=7');
    expect(response.body).toMatchObject({ days: 7, totalLogs: 6, currentStreak: 3, longestStreak: 7 });
    expect(response.body.series.map((point: { date: string }) => point.date)).toEqual(
      [6, 5, 4, 2, 1, 0].map(daysAgo),
    );
  });

  it('widens the window to 365 days to take in the old history', async () => {
    const response = await stats(person, '?days=365');
    expect(response.body).toMatchObject({
      totalLogs: 16,
      topSymptoms: expect.arrayContaining([{ symptom: 'Acne', count: 8 }]),
    });
    expect(response.body.topSymptoms[0]).toEqual({ symptom: 'Acne', count: 8 });
  });

  it('keeps a streak that ended yesterday current, for someone who has not logged yet today', async () => {
    const user = await api.createUser();
    await logOn(user, daysAgo(1), [5, 5, 5, 5], []);
    await logOn(user, daysAgo(2), [5, 5, 5, 5], []);
    await logOn(user, daysAgo(3), [5, 5, 5, 5], []);
    expect((await stats(user)).body).toMatchObject({ currentStreak: 3, longestStreak: 3 });
  });

  it('resets the current streak to 0 when the last log is two days old, keeping the longest', async () => {
    const user = await api.createUser();
    await logOn(user, daysAgo(2), [5, 5, 5, 5], []);
    await logOn(user, daysAgo(3), [5, 5, 5, 5], []);
    expect((await stats(user)).body).toMatchObject({ currentStreak: 0, longestStreak: 2 });
  });

  it('answers zeros, null averages and empty lists for someone with no logs', async () => {
    const user = await api.createUser();
    expect((await stats(user)).body).toEqual({
      days: 30,
      today,
      totalLogs: 0,
      currentStreak: 0,
      longestStreak: 0,
      averages: { severity: null, mood: null, energy: null, sleep: null },
      topSymptoms: [],
      series: [],
    });
  });

  it('lists at most five top symptoms, ties broken alphabetically, a symptom repeated in one log counted once', async () => {
    const user = await api.createUser();
    await logOn(
      user,
      today,
      [5, 5, 5, 5],
      ['Nausea', 'Nausea', 'Acne', 'Bloating', 'Cramps', 'Dry skin', 'Fatigue'],
    );
    await logOn(user, daysAgo(1), [5, 5, 5, 5], ['Nausea']);
    expect((await stats(user)).body.topSymptoms).toEqual([
      { symptom: 'Nausea', count: 2 },
      { symptom: 'Acne', count: 1 },
      { symptom: 'Bloating', count: 1 },
      { symptom: 'Cramps', count: 1 },
      { symptom: 'Dry skin', count: 1 },
    ]);
  });

  it('rounds an average that falls on a half up, as PostgreSQL does (23/20 = 1.15 gives 1.2)', async () => {
    const user = await api.createUser();
    const scores = [...Array(17).fill(1), 2, 2, 2];
    for (const [n, score] of scores.entries()) await logOn(user, daysAgo(n), [score, 10, score, 1], []);
    const body = (await stats(user)).body;
    expect(body.averages).toEqual({ severity: 1.2, mood: 10, energy: 1.2, sleep: 1 });
    expect(body.series).toHaveLength(20);
  });

  it.each([7, 30, 90])(
    'over the last %i days, counts a log exactly N-1 days ago and leaves out one N days ago',
    async (days) => {
      const user = await api.createUser();
      await logOn(user, daysAgo(days), [1, 1, 1, 1], ['Too old']);
      await logOn(user, daysAgo(days - 1), [3, 3, 3, 3], ['First day']);
      const body = (await stats(user, `?days=${days}`)).body;
      expect(body).toMatchObject({ totalLogs: 1, averages: { severity: 3 } });
      expect(body.topSymptoms).toEqual([{ symptom: 'First day', count: 1 }]);
      expect(body.series.map((point: { date: string }) => point.date)).toEqual([daysAgo(days - 1)]);
    },
  );

  it('ends the window and the streak on each person’s own today: Kiritimati is already on the 8th, Los Angeles still on the 7th', async () => {
    // 10:30 UTC is 00:30 on the 8th in Kiritimati (UTC+14) and 02:30 on the 7th in Los Angeles.
    const kiritimati = await api.createUser({ timeZone: 'Pacific/Kiritimati' });
    const losAngeles = await api.createUser({ timeZone: 'America/Los_Angeles' });
    for (const person of [kiritimati, losAngeles]) {
      await logOn(person, '2026-12-01', [1, 1, 1, 1], []);
      await logOn(person, '2026-12-06', [2, 2, 2, 2], []);
      await logOn(person, '2026-12-07', [4, 4, 4, 4], []);
    }
    await logOn(kiritimati, '2026-12-08', [9, 9, 9, 9], []);

    const weekOf = async (person: TestUser) => {
      const { today, totalLogs, currentStreak, series } = (await stats(person, '?days=7')).body;
      return { today, totalLogs, currentStreak, dates: series.map((point: { date: string }) => point.date) };
    };
    expect(await weekOf(kiritimati)).toEqual({
      today: '2026-12-08',
      totalLogs: 3,
      currentStreak: 3,
      dates: ['2026-12-06', '2026-12-07', '2026-12-08'],
    });
    expect(await weekOf(losAngeles)).toEqual({
      today: '2026-12-07',
      totalLogs: 3,
      currentStreak: 2,
      dates: ['2026-12-01', '2026-12-06', '2026-12-07'],
    });
  });

  it('keeps a streak that has not been logged today yet until the person’s own day is over', async () => {
    const losAngeles = await api.createUser({ timeZone: 'America/Los_Angeles' });
    await logOn(losAngeles, '2026-12-05', [3, 3, 3, 3], []);
    await logOn(losAngeles, '2026-12-06', [3, 3, 3, 3], []);
    // At 10:30 UTC it is still the 7th in Los Angeles: logging yesterday keeps the streak alive.
    expect((await stats(losAngeles)).body).toMatchObject({ today: '2026-12-07', currentStreak: 2 });
    const kiritimati = await api.createUser({ timeZone: 'Pacific/Kiritimati' });
    await logOn(kiritimati, '2026-12-05', [3, 3, 3, 3], []);
    await logOn(kiritimati, '2026-12-06', [3, 3, 3, 3], []);
    // In Kiritimati the 8th has begun and the 7th went unlogged: the streak is broken.
    expect((await stats(kiritimati)).body).toMatchObject({ today: '2026-12-08', currentStreak: 0 });
  });

  it('counts only the caller’s logs', async () => {
    const user = await api.createUser();
    expect((await stats(user)).body.totalLogs).toBe(0);
  });

  it.each([['6'], ['366'], ['ten'], ['7.5']])(
    'rejects days=%s with 400 validation_error on days',
    async (days) => {
      const response = await stats(person, `?days=${days}`);
      expect(response.status).toBe(400);
      expect(response.body.error).toMatchObject({
        code: 'validation_error',
        details: { fields: { days: expect.any(String) } },
      });
    },
  );

  it('reads symptom_logs only through the (user_id, date DESC) index once the table is large', async () => {
    // 300 people with a year of daily logs each, so the planner has a real choice to make.
    await api.pool.query(`
      WITH people AS (
        INSERT INTO users (email, password_hash, name)
        SELECT 'bulk-' || n || '@example.com', 'x', 'Bulk ' || n FROM generate_series(1, 300) n
        RETURNING id
      )
      INSERT INTO symptom_logs (user_id, date, symptoms, severity, mood, energy, sleep)
      SELECT people.id, current_date - day, '["Cramps"]', 5, 5, 5, 5
        FROM people, generate_series(0, 364) day`);
    await api.pool.query('ANALYZE symptom_logs');
    const { rows } = await api.pool.query(`EXPLAIN (FORMAT JSON) ${SYMPTOM_STATS_SQL}`, [
      person.id,
      daysAgo(364),
      today,
    ]);
    const scans = planNodes(rows[0]['QUERY PLAN'][0].Plan).filter(
      (node) => node['Relation Name'] === 'symptom_logs',
    );
    expect(scans.length).toBeGreaterThan(0);
    for (const scan of scans) {
      expect(scan['Node Type']).toMatch(/^(Index Scan|Index Only Scan|Bitmap Heap Scan)$/);
      const index = scan['Index Name'] ?? scan.Plans?.[0]?.['Index Name'];
      expect(index).toBe('symptom_logs_user_id_date_idx');
    }
  });
});
