import { type Pool, type PoolClient, withTransaction } from '@hormohelp/db';
import { type JobQueue, type QueuePolicy, trackJobs } from '@hormohelp/jobs';
import { claimJobRun } from '../data/job-runs-repository';
import type { MailQueue } from './mail-queue';

/** A mail asked for by address alone (forgot-password, resend-verification). */
export interface MailRequest {
  kind: 'reset-password' | 'verify-email';
  email: string;
}

/** A request's work, in the transaction that also claims its job: writes the token and the mail job, or nothing. */
export type MailRequestWork = (request: MailRequest, client: PoolClient) => Promise<void>;

export interface MailRequests {
  /**
   * Writes the request as a job and nothing else: one insert whatever the address, so the answer
   * and its timing say nothing about whether an account exists. Whether a mail goes is the job's
   * to decide.
   */
  send(request: MailRequest): Promise<void>;
  /** Starts this instance's worker, which runs `work` for each request. */
  start(work: MailRequestWork): Promise<void>;
  /** Waits until every request this instance wrote so far has run (its mail, if any, is then queued). */
  drain(): Promise<void>;
}

/**
 * Runs one job's work in a transaction that first claims the job's run: a second run of the same
 * job waits for the first, then does nothing, or does the work if the first rolled back.
 */
export async function runMailRequestOnce(
  pool: Pool,
  jobId: string,
  request: MailRequest,
  work: MailRequestWork,
): Promise<void> {
  await withTransaction(pool, async (client) => {
    if (await claimJobRun(client, jobId)) await work(request, client);
  });
}

/** The work is one short transaction: a run still active after this belongs to a dead worker. */
const POLICY: QueuePolicy = { retryLimit: 3, retryDelaySeconds: 1, expireInSeconds: 60 };

/**
 * Mail requests as durable pg-boss jobs, so that a crash after the answer loses none, retried with
 * backoff when their work fails. A request's work commits once (runMailRequestOnce): a run repeated
 * after a lost completion or an expiry writes no second token and no second mail.
 */
export function createMailRequests(deps: {
  pool: Pool;
  jobs: JobQueue;
  mail: MailQueue;
  queueName: string;
}): MailRequests {
  const { pool, jobs, mail, queueName } = deps;
  jobs.define(queueName, POLICY);
  const sent = trackJobs(jobs, queueName);
  return {
    async send(request) {
      sent.add(await jobs.send(queueName, request, pool));
    },
    async start(work) {
      await jobs.work<MailRequest>(queueName, async (request, job) => {
        await runMailRequestOnce(pool, job.id, request, work);
        mail.wake();
      });
    },
    drain: sent.drain,
  };
}
