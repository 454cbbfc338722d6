import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApiHarness } from './support/api-harness';

let h: ApiHarness;
beforeAll(async () => {
  h = await startApiHarness();
});
afterAll(() => h.stop());

describe('the API’s background jobs', () => {
  it('after start, Razorpay reconciliation is in the schedule table every 5 minutes, one pass at a time', async () => {
    const schedule = await h.pool.query('SELECT name, cron, timezone FROM pgboss.schedule');
    expect(schedule.rows).toEqual([
      { name: 'api-reconcile-unpaid-orders', cron: '*/5 * * * *', timezone: 'UTC' },
    ]);
    const queue = await h.pool.query(
      "SELECT policy FROM pgboss.queue WHERE name = 'api-reconcile-unpaid-orders'",
    );
    expect(queue.rows).toEqual([{ policy: 'singleton' }]);
  });
});
