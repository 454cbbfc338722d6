import { createPool, type Pool } from '@hormohelp/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApiHarness, type TestUser } from './support/api-harness';
import { download } from './support/download';
import {
  exportTransactions,
  insertBulkyLogs,
  openStalledExport,
  type StalledExport,
  summarise,
} from './support/stalled-export';

// The stall limit is far off, so only the export deadline can end these exports within the test.
const DEADLINE_MS = 8000;
const STALL_MS = 50_000;

let api: ApiHarness;
// The test's own view of the database: the API's pool is what a starved export would exhaust.
let observer: Pool;
const opened: StalledExport[] = [];
beforeAll(async () => {
  api = await startApiHarness({ EXPORT_STALL_MS: String(STALL_MS), EXPORT_DEADLINE_MS: String(DEADLINE_MS) });
  observer = createPool(api.databaseUrl, { max: 1 });
});
afterAll(async () => {
  for (const { socket } of opened) socket.destroy();
  await observer?.end();
  await api?.stop();
});

async function createPeople(count: number): Promise<TestUser[]> {
  const people = await Promise.all(Array.from({ length: count }, () => api.createUser()));
  await insertBulkyLogs(
    api.pool,
    people.map((person) => person.id),
  );
  return people;
}

function openStalled(person: TestUser): Promise<StalledExport> {
  return openStalledExport(api.url, person).then((stalled) => {
    opened.push(stalled);
    return stalled;
  });
}

/** Someone who exports nothing, with a log to list; made before any export can hold a connection. */
async function createOtherPerson(): Promise<TestUser> {
  const other = await api.createUser();
  const log = { symptoms: [], severity: 3, mood: 6, energy: 6, sleep: 7 };
  expect((await api.request('POST', '/api/symptoms', { user: other, body: log })).status).toBe(201);
  return other;
}

/** The other person's GET /api/symptoms, one after another for `ms`: every status and latency. */
async function measureOtherPerson(other: TestUser, ms: number) {
  const statuses: number[] = [];
  const latencies: number[] = [];
  const until = performance.now() + ms;
  while (performance.now() < until) {
    const started = performance.now();
    const response = await fetch(`${api.url}/api/symptoms`, {
      headers: { authorization: `Bearer ${other.token}` },
      signal: AbortSignal.timeout(2000),
    });
    await response.arrayBuffer();
    latencies.push(performance.now() - started);
    statuses.push(response.status);
  }
  return { statuses, ...summarise(latencies) };
}

describe('exports whose readers never read', () => {
  it('when three people open eight stalled exports each, each runs one (the rest 429), others are served, and the deadline rolls every one back', async () => {
    const people = await createPeople(3);
    const other = await createOtherPerson();
    const started = performance.now();
    const answers = await Promise.all(
      people.map((person) => Promise.all(Array.from({ length: 8 }, () => openStalled(person)))),
    );
    for (const perPerson of answers) {
      expect(perPerson.map((answer) => answer.status).sort()).toEqual([
        200, 429, 429, 429, 429, 429, 429, 429,
      ]);
      for (const refused of perPerson.filter((answer) => answer.status === 429))
        expect(refused.headers.get('retry-after')).toBe(String(STALL_MS / 1000));
    }
    // The three exports hold their transactions open, waiting for readers that never read.
    await expect
      .poll(() => exportTransactions(observer), { timeout: 5000 })
      .toEqual({ total: 3, waitingOnReader: 3 });

    const served = await measureOtherPerson(other, 3000);
    console.info(
      `GET /api/symptoms beside 3 stalled exports and 21 refused: n=${served.n}, p50 ${served.p50.toFixed(1)} ms, p99 ${served.p99.toFixed(1)} ms, max ${served.max.toFixed(1)} ms`,
    );
    expect(new Set(served.statuses)).toEqual(new Set([200]));
    expect(served.max).toBeLessThan(2000);
    expect((await exportTransactions(observer)).waitingOnReader).toBe(3);

    await expect
      .poll(() => exportTransactions(observer), { timeout: DEADLINE_MS + 5000, interval: 100 })
      .toEqual({ total: 0, waitingOnReader: 0 });
    expect(performance.now() - started).toBeGreaterThanOrEqual(DEADLINE_MS - 100);
    // The lock went with the transaction: the next export of the same person runs, and is whole.
    const again = await download(api.url, '/users/me/export', people[0]);
    expect(again.status).toBe(200);
    expect(JSON.parse(again.text).symptomLogs).toHaveLength(40);
  }, 60_000);

  it('when more people than the API has connections stall an export each, their exports wait for the export pool and others are still served', async () => {
    const people = await createPeople(21);
    const other = await createOtherPerson();
    const heads = people.map((person) => openStalled(person));
    const stalledCount = async () => (await exportTransactions(observer)).waitingOnReader;
    await expect.poll(stalledCount, { timeout: 5000 }).toBeGreaterThanOrEqual(4);

    const served = await measureOtherPerson(other, 3000);
    console.info(
      `GET /api/symptoms beside 21 stalled exports of 21 people: n=${served.n}, p50 ${served.p50.toFixed(1)} ms, p99 ${served.p99.toFixed(1)} ms, max ${served.max.toFixed(1)} ms`,
    );
    expect(new Set(served.statuses)).toEqual(new Set([200]));
    expect(served.max).toBeLessThan(2000);
    // Four run (the export pool's connections); the other seventeen wait for one of them.
    expect(await stalledCount()).toBe(4);

    // Those that found no export connection in time are told so, without holding anything.
    const statuses = (await Promise.all(heads)).map((head) => head.status).sort();
    expect(statuses).toEqual([...Array(4).fill(200), ...Array(17).fill(503)]);
    await expect
      .poll(() => exportTransactions(observer), { timeout: DEADLINE_MS + 5000, interval: 100 })
      .toEqual({ total: 0, waitingOnReader: 0 });
  }, 60_000);
});
