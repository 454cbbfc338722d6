import { symptomInsightsSchema } from '@hormohelp/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApiHarness, type TestUser } from './support/api-harness';

let api: ApiHarness;
beforeAll(async () => {
  api = await startApiHarness();
});
afterAll(() => api?.stop());

interface Day {
  severity: number;
  sleep: number;
  energy: number;
  mood: number;
}

const insightsOf = (user: TestUser) => api.request('GET', '/api/symptoms/insights', { user });

async function logDays(user: TestUser, days: Day[]) {
  for (const [index, day] of days.entries()) {
    const date = `2026-10-${String(index + 1).padStart(2, '0')}`;
    const response = await api.request('POST', '/api/symptoms', {
      user,
      body: { date, symptoms: [], ...day },
    });
    expect(response.status).toBe(201);
  }
}

/** Pearson's r, computed here in JavaScript, independently of PostgreSQL's corr(). */
function pearson(xs: number[], ys: number[]): number {
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const [mx, my] = [mean(xs), mean(ys)];
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < xs.length; i += 1) {
    sxy += (xs[i]! - mx) * (ys[i]! - my);
    sxx += (xs[i]! - mx) ** 2;
    syy += (ys[i]! - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

// Severity falls as sleep rises (r -0.99: strong), energy wobbles unrelated (r -0.20: none), and mood
// rises with it (r 0.36: moderate), as computed by pearson() below.
const severities = [8, 3, 7, 2, 9, 4, 6, 5, 8, 3, 7, 4, 6, 5];
const energies = [4, 6, 5, 5, 6, 4, 5, 6, 4, 6, 5, 5, 6, 4];
const moods = [6, 5, 4, 4, 7, 6, 5, 3, 6, 5, 5, 6, 4, 6];
const days: Day[] = severities.map((severity, i) => ({
  severity,
  sleep: 11 - severity - (i % 2),
  energy: energies[i]!,
  mood: moods[i]!,
}));

describe('GET /api/symptoms/insights', () => {
  it('with 13 days of logs is not available yet, and says how many days are needed', async () => {
    const user = await api.createUser();
    await logDays(user, days.slice(0, 13));
    const response = await insightsOf(user);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ available: false, daysLogged: 13, daysNeeded: 14 });
  });

  it('counts days: saving one of 13 days again replaces its log and does not make 14', async () => {
    const user = await api.createUser();
    await logDays(user, days.slice(0, 13));
    const extra = { date: '2026-10-01', symptoms: [], severity: 1, sleep: 1, energy: 1, mood: 1 };
    expect((await api.request('POST', '/api/symptoms', { user, body: extra })).status).toBe(200);
    expect((await insightsOf(user)).body).toMatchObject({ available: false, daysLogged: 13 });
  });

  it('with 14 days gives r for sleep, energy and mood as corr() over the days, in plain words', async () => {
    const user = await api.createUser();
    await logDays(user, days);
    const response = await insightsOf(user);
    expect(response.status).toBe(200);
    const insights = symptomInsightsSchema.parse(response.body);
    if (!insights.available) throw new Error('expected insights');
    expect(insights).toMatchObject({ daysLogged: 14, daysNeeded: 14, from: '2026-10-01', to: '2026-10-14' });
    expect(insights.caveat).toMatch(/not what causes what/);

    const byFactor = Object.fromEntries(insights.factors.map((factor) => [factor.factor, factor]));
    for (const factor of ['sleep', 'energy', 'mood'] as const) {
      const expected = pearson(
        days.map((day) => day[factor]),
        severities,
      );
      expect(byFactor[factor]!.correlation).toBeCloseTo(expected, 2);
      expect(byFactor[factor]!.days).toBe(14);
    }
    expect(byFactor.sleep).toMatchObject({
      strength: 'strong',
      direction: 'milder',
      sentence: 'On days you slept better, your symptoms were usually milder.',
    });
    expect(byFactor.energy).toMatchObject({ strength: 'none', direction: null });
    expect(byFactor.energy!.sentence).toMatch(/no clear link between your energy/);
    expect(byFactor.mood).toMatchObject({
      strength: 'moderate',
      direction: 'more_severe',
      sentence: 'On days your mood was better, your symptoms tended to be more severe.',
    });
  });

  it('correlates a day saved twice by its second save, which replaced the first', async () => {
    const user = await api.createUser();
    await logDays(user, days);
    // Day 1 saved again: its values change, not the number of days.
    const extra = { date: '2026-10-01', symptoms: [], severity: 4, sleep: 3, energy: 5, mood: 6 };
    await api.request('POST', '/api/symptoms', { user, body: extra });
    const averaged = days.map((day, i) => (i === 0 ? { ...day, severity: 4, sleep: 3 } : day));
    const insights = symptomInsightsSchema.parse((await insightsOf(user)).body);
    if (!insights.available) throw new Error('expected insights');
    const sleep = insights.factors.find((factor) => factor.factor === 'sleep')!;
    const expected = pearson(
      averaged.map((day) => day.sleep),
      averaged.map((day) => day.severity),
    );
    expect(sleep.correlation).toBeCloseTo(expected, 2);
    expect(insights.daysLogged).toBe(14);
  });

  it('says there is nothing to compare when a score never changes (r undefined)', async () => {
    const user = await api.createUser();
    await logDays(
      user,
      days.map((day) => ({ ...day, energy: 5 })),
    );
    const insights = symptomInsightsSchema.parse((await insightsOf(user)).body);
    if (!insights.available) throw new Error('expected insights');
    expect(insights.factors.find((factor) => factor.factor === 'energy')).toMatchObject({
      correlation: null,
      strength: 'none',
      sentence: expect.stringMatching(/nothing to compare/),
    });
  });

  it('uses only the person’s own logs', async () => {
    const user = await api.createUser();
    const other = await api.createUser();
    await logDays(other, days);
    await logDays(user, days.slice(0, 5));
    expect((await insightsOf(user)).body).toEqual({ available: false, daysLogged: 5, daysNeeded: 14 });
  });

  it('needs no consent to read (only to store), and answers 401 without a token', async () => {
    const user = await api.createUser({ healthDataConsent: false });
    expect((await insightsOf(user)).body).toEqual({ available: false, daysLogged: 0, daysNeeded: 14 });
    expect((await api.request('GET', '/api/symptoms/insights')).status).toBe(401);
  });
});
