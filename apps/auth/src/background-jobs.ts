import { JobQueue } from '@hormohelp/jobs';
import type { Logger } from '@hormohelp/server-kit';
import type { AuthConfig } from './config';
import type { AuthDeps, AuthOptions } from './deps';
import { HOUSEKEEPING_POLICY, HOUSEKEEPING_QUEUE, startHousekeeping } from './housekeeping';

/** How long a start that failed (the database is down) waits before trying again. */
const START_RETRY_MS = 5000;

/** The auth service's job queue on its own database, with the housekeeping queue declared. */
export function createAuthJobQueue(config: AuthConfig, logger: Logger, options: AuthOptions): JobQueue {
  return new JobQueue({
    connectionString: config.DATABASE_URL,
    logger,
    applicationName: 'auth-jobs',
    pollingIntervalSeconds: options.jobPollingIntervalSeconds,
  }).define(HOUSEKEEPING_QUEUE, HOUSEKEEPING_POLICY);
}

/**
 * Starts the durable background work: the job queue (its schema and queues), the mail workers and
 * the housekeeping schedule. The first try is awaited, so a service that listens can queue mail;
 * with the database down the service starts anyway (it answers 503) and this is tried again until
 * it succeeds.
 */
export async function startBackgroundJobs(deps: AuthDeps) {
  let stopping = false;
  let retryTimer: NodeJS.Timeout | undefined;
  let attempt: Promise<void> = Promise.resolve();

  async function begin(): Promise<void> {
    try {
      await deps.jobs.start();
    } catch (error) {
      deps.logger.error({ err: error }, 'background jobs not started, trying again');
      if (!stopping) retryTimer = setTimeout(() => void (attempt = begin()), START_RETRY_MS);
      return;
    }
    try {
      await deps.mail.start();
      await startHousekeeping(deps);
    } catch (error) {
      deps.logger.error({ err: error }, 'background jobs started only in part');
    }
  }

  attempt = begin();
  await attempt;
  return {
    /**
     * Waits up to `graceMs` for running jobs, then lets go of mail still talking to SMTP; the jobs
     * left unfinished run again on a next start or another instance.
     */
    async stop(graceMs: number) {
      stopping = true;
      clearTimeout(retryTimer);
      await attempt.catch(() => {});
      await deps.jobs.stop(graceMs);
      await deps.mail.close();
    },
  };
}
