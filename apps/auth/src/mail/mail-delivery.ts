import type { Pool, PoolClient } from '@hormohelp/db';
import type { JobInfo } from '@hormohelp/jobs';
import type { Logger } from '@hormohelp/server-kit';
import type { AuthConfig } from '../config';
import { claimJobRun } from '../data/job-runs-repository';
import { type MailJob, renderMail } from './mail-job';
import { messageIdOf, type SmtpTransport } from './smtp-transport';

/** What a failed attempt throws to the job queue: nodemailer's error names the recipient. */
class MailNotSent extends Error {
  constructor() {
    super('mail not sent');
  }
}

export interface MailDelivery {
  /** Sends one mail job's mail unless SMTP already accepted it; throws to have it retried. */
  deliver(job: MailJob, info: JobInfo): Promise<void>;
  /**
   * Lets go of the database connections of sends still talking to SMTP (shutdown): their claims roll
   * back and the job runs again later.
   */
  abandon(): void;
}

/**
 * Exactly once to the SMTP server: a run claims the job in `job_runs` inside a transaction
 * that stays open while SMTP talks, and commits the claim once SMTP has accepted the mail. A second
 * run of the same job (a retry after a completion that never reached pg-boss, another instance after
 * the job expired) waits for that transaction and then sends nothing, or, if the first run failed
 * and rolled back, sends it. One window is left: SMTP accepted and the process died before the
 * commit. The mail then goes again, with the same Message-ID (messageIdOf), which receivers use to
 * fold duplicates. A send cannot hold its claim past the database's idle-in-transaction timeout
 * (60 s), longer than nodemailer's connection, greeting and socket timeouts.
 */
export function createMailDelivery(deps: {
  config: AuthConfig;
  logger: Logger;
  pool: Pool;
  transport: SmtpTransport;
}): MailDelivery {
  const { config, logger, pool, transport } = deps;
  const running = new Map<PoolClient, { released: boolean }>();

  function release(client: PoolClient, error?: Error) {
    const run = running.get(client);
    if (!run || run.released) return;
    run.released = true;
    running.delete(client);
    client.release(error);
  }

  async function deliver(job: MailJob, info: JobInfo): Promise<void> {
    const attempt = info.retryCount + 1;
    const client = await pool.connect();
    running.set(client, { released: false });
    try {
      await client.query('BEGIN');
      if (!(await claimJobRun(client, info.id))) {
        await client.query('ROLLBACK');
        logger.info({ mail: job.kind, attempt }, 'mail already sent');
        return;
      }
      await transport.sendMail({
        from: config.SMTP_FROM,
        to: job.to,
        messageId: messageIdOf(info.id, config.SMTP_FROM),
        ...renderMail(job, config.FRONTEND_ORIGIN),
      });
      await client.query('COMMIT');
      logger.info({ mail: job.kind, attempt }, 'mail sent');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      const last = info.retryCount >= info.retryLimit;
      // The error goes through the logger's serialiser: nodemailer's carries the envelope and the
      // server's reply, which name the recipient.
      logger.warn({ mail: job.kind, attempt, err: error }, last ? 'mail given up' : 'mail failed, retrying');
      throw new MailNotSent();
    } finally {
      release(client);
    }
  }

  return {
    deliver,
    abandon() {
      for (const client of [...running.keys()]) release(client, new Error('mail delivery abandoned'));
    },
  };
}
