import { createPool, type Pool, withTransaction } from '@hormohelp/db';
import { freshDatabase } from '@hormohelp/db/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { JobQueue, type QueuePolicy } from './job-queue';

const silent = { info() {}, warn() {}, error() {} };
const POLICY: QueuePolicy = { retryLimit: 3, retryDelaySeconds: 1, expireInSeconds: 2 };

let databaseUrl: string;
let pool: Pool;
const queues: JobQueue[] = [];

beforeAll(async () => {
  databaseUrl = (await freshDatabase()).url;
  pool = createPool(databaseUrl);
});
afterEach(async () => {
  await Promise.all(queues.splice(0).map((queue) => queue.stop(1000)));
});
afterAll(() => pool?.end());

function newQueue(name: string): JobQueue {
  const queue = new JobQueue({
    connectionString: databaseUrl,
    logger: silent,
    applicationName: 'jobs-test',
    pollingIntervalSeconds: 0.5,
    maintenanceIntervalSeconds: 1,
  }).define(name, POLICY);
  queues.push(queue);
  return queue;
}

/** Resolves when `check` holds, polling; fails the test after `ms`. */
async function eventually(check: () => boolean, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('durable jobs on PostgreSQL', () => {
  it('runs a job written in a committed transaction, and never one whose transaction rolled back', async () => {
    const queue = newQueue('tx');
    await queue.start();
    const seen: string[] = [];
    await withTransaction(pool, (client) => queue.send('tx', { note: 'committed' }, client));
    await withTransaction(pool, async (client) => {
      await queue.send('tx', { note: 'rolled back' }, client);
      throw new Error('the change that caused it failed');
    }).catch(() => {});
    await queue.work<{ note: string }>('tx', async ({ note }) => {
      seen.push(note);
    });
    await eventually(() => seen.length > 0);
    await pause(1500);
    expect(seen).toEqual(['committed']);
  });

  it('keeps a job sent while no worker runs, and two instances working it run it once', async () => {
    const sender = newQueue('handover');
    await sender.start();
    for (let index = 0; index < 5; index += 1) await sender.send('handover', { index });
    await sender.stop();

    const runs: number[] = [];
    const one = newQueue('handover');
    const two = newQueue('handover');
    await Promise.all([one.start(), two.start()]);
    const record = async ({ index }: { index: number }) => {
      runs.push(index);
    };
    await Promise.all([one.work('handover', record), two.work('handover', record)]);
    await eventually(() => runs.length >= 5);
    await pause(1500);
    expect(runs.sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it('retries a job that throws, with backoff, until it succeeds', async () => {
    const queue = newQueue('flaky');
    await queue.start();
    const attempts: number[] = [];
    await queue.send('flaky', {});
    await queue.work('flaky', async () => {
      attempts.push(Date.now());
      if (attempts.length < 3) throw new Error('the SMTP server is away');
    });
    await eventually(() => attempts.length >= 3, 20_000);
    await pause(1500);
    expect(attempts).toHaveLength(3);
    // Backoff: the second wait is longer than the first.
    expect(attempts[2]! - attempts[1]!).toBeGreaterThan(attempts[1]! - attempts[0]!);
  });

  it('gives a job whose worker died mid-run to another worker once it expires', async () => {
    const dying = newQueue('lost');
    await dying.start();
    await dying.send('lost', {});
    let taken = false;
    await dying.work('lost', () => {
      taken = true;
      return new Promise<void>(() => {});
    });
    await eventually(() => taken);
    await dying.stop(0);

    const finished: string[] = [];
    const survivor = newQueue('lost');
    await survivor.start();
    await survivor.work('lost', async (_data, job) => {
      finished.push(job.id);
    });
    await eventually(() => finished.length > 0, 20_000);
    expect(finished).toHaveLength(1);
  });
});
