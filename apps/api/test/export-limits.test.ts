import { exportDocumentSchema } from '@hormohelp/contracts';
import { createPool, type Pool } from '@hormohelp/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { start } from '../src/app';
import { type ApiHarness, startApiHarness } from './support/api-harness';
import { download } from './support/download';
import {
  exportTransactions,
  insertBulkyLogs,
  openStalledExport,
  type StalledExport,
} from './support/stalled-export';

// A reader may pause this long between chunks; the deadline is far off, so only the stall limit cuts.
const STALL_MS = 2000;

let api: ApiHarness;
// The test's own view of the database: the API's pool is what a starved export would exhaust.
let observer: Pool;
const opened: StalledExport[] = [];
beforeAll(async () => {
  api = await startApiHarness({ EXPORT_STALL_MS: String(STALL_MS), EXPORT_DEADLINE_MS: '60000' });
  observer = createPool(api.databaseUrl, { max: 1 });
});
afterAll(async () => {
  for (const { socket } of opened) socket.destroy();
  await observer?.end();
  await api?.stop();
});

async function stallExportOf(baseUrl: string, person: Parameters<typeof openStalledExport>[1]) {
  const stalled = await openStalledExport(baseUrl, person);
  opened.push(stalled);
  expect(stalled.status).toBe(200);
  await expect
    .poll(() => exportTransactions(observer), { timeout: 5000 })
    .toMatchObject({ waitingOnReader: 1 });
  return stalled;
}

describe('the limits of an export', () => {
  it('when the reader accepts nothing for the stall limit, the response is destroyed and its transaction rolled back', async () => {
    const person = await api.createUser();
    await insertBulkyLogs(api.pool, [person.id]);
    const stalled = await stallExportOf(api.url, person);
    const closed = new Promise((resolve) => stalled.socket.once('close', resolve));
    await expect
      .poll(() => exportTransactions(observer), { timeout: STALL_MS + 5000, interval: 50 })
      .toEqual({ total: 0, waitingOnReader: 0 });
    // The client sees the connection cut, not a short document ending normally.
    stalled.socket.resume();
    await closed;
  }, 30_000);

  it('when the same person starts an export on another API instance while one runs, it answers 429 with Retry-After, and runs once the first is cut', async () => {
    const person = await api.createUser();
    await insertBulkyLogs(api.pool, [person.id]);
    const second = await start(api.config);
    try {
      await stallExportOf(api.url, person);
      const refused = await fetch(`${second.url}/users/me/export`, {
        headers: { authorization: `Bearer ${person.token}` },
      });
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toBe(String(STALL_MS / 1000));
      expect(await refused.json()).toMatchObject({ error: { code: 'rate_limited' } });

      await expect
        .poll(() => exportTransactions(observer), { timeout: STALL_MS + 5000 })
        .toEqual({ total: 0, waitingOnReader: 0 });
      const after = await download(second.url, '/users/me/export', person);
      expect(after.status).toBe(200);
      expect(exportDocumentSchema.parse(JSON.parse(after.text)).symptomLogs).toHaveLength(40);
    } finally {
      await second.stop(500);
    }
  }, 30_000);

  it('when a person has exported ten times within an hour, the eleventh answers 429 with Retry-After until the hour has passed', async () => {
    const person = await api.createUser();
    for (let run = 0; run < 10; run += 1)
      expect((await download(api.url, '/users/me/export?format=csv', person)).status).toBe(200);
    const refused = await api.request('GET', '/users/me/export', { user: person });
    expect(refused).toMatchObject({ status: 429, body: { error: { code: 'rate_limited' } } });
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(3500);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    // Someone else's budget is their own.
    expect((await download(api.url, '/users/me/export', await api.createUser())).status).toBe(200);
  }, 30_000);
});
