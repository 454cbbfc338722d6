import type { Pool } from '@hormohelp/db';
import { type JobQueue, type Queryable, trackJobs } from '@hormohelp/jobs';
import type { Logger } from '@hormohelp/server-kit';
import type { AuthConfig } from '../config';
import { createMailDelivery } from './mail-delivery';
import type { MailJob } from './mail-job';
import { createSmtpTransport } from './smtp-transport';

export interface MailQueue {
  /**
   * Writes the mail as a job. Given the client of an open transaction, the job commits or rolls
   * back with what caused it: a verification link is mailed exactly when its token was stored.
   */
  send(mail: MailJob, db: Queryable): Promise<void>;
  /** Has this instance's idle workers look for mail now: called once the sending transaction committed. */
  wake(): void;
  /** Starts this instance's workers, which send the queue's mail through SMTP. */
  start(): Promise<void>;
  /** Waits until every mail this instance queued (and committed) so far is sent or given up. */
  drain(): Promise<void>;
  /** After the job queue stopped: lets go of sends still talking to SMTP, closes the transport. */
  close(): Promise<void>;
}

export interface RetryPolicy {
  /** Tries in all, the first included. */
  attempts: number;
  /** Before the first retry, doubled at each next one; counted in whole seconds, at least 1. */
  baseDelayMs: number;
}

/** Mail sent at once by one instance; each send holds a database connection while SMTP talks. */
const WORKERS = 2;
/**
 * A mail job active this long belongs to a dead worker and runs again: longer than a send can hold
 * its claim (the database's 60 s idle-in-transaction timeout), so a live send is never overtaken.
 */
const EXPIRE_SECONDS = 90;

/**
 * Outgoing mail as durable pg-boss jobs on the auth database: written with the change that caused
 * it, kept across crashes and restarts, retried with exponential backoff (base, 2×base, 4×base,
 * with jitter) and given up after `attempts` with a log line. Delivery is exactly once to the SMTP
 * server: see createMailDelivery.
 */
export function createMailQueue(deps: {
  config: AuthConfig;
  logger: Logger;
  pool: Pool;
  jobs: JobQueue;
  queueName: string;
  retry: RetryPolicy;
}): MailQueue {
  const { jobs, queueName, retry } = deps;
  jobs.define(queueName, {
    retryLimit: Math.max(0, retry.attempts - 1),
    retryDelaySeconds: Math.max(1, Math.round(retry.baseDelayMs / 1000)),
    expireInSeconds: EXPIRE_SECONDS,
  });
  const transport = createSmtpTransport(deps.config);
  const delivery = createMailDelivery({ ...deps, transport });
  const queued = trackJobs(jobs, queueName);

  return {
    async send(mail, db) {
      queued.add(await jobs.send(queueName, mail, db));
    },
    wake() {
      jobs.wake(queueName);
    },
    async start() {
      await jobs.work<MailJob>(queueName, delivery.deliver, { workers: WORKERS });
    },
    drain: queued.drain,
    async close() {
      delivery.abandon();
      transport.close();
    },
  };
}
