import { JobQueue, startJobQueue } from '@hormohelp/jobs';
import type { Logger } from '@hormohelp/server-kit';
import type { AuthConfig } from './config';
import type { AuthDeps, AuthOptions } from './deps';
import { HOUSEKEEPING_POLICY, HOUSEKEEPING_QUEUE, startHousekeeping } from './housekeeping';
import { writeResetMail } from './use-cases/request-password-reset';
import { writeVerificationMail } from './use-cases/resend-verification';

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
 * Starts the durable background work before the service listens (a request may queue a mail): the
 * job queue, the mail and mail-request workers and the housekeeping schedule. With the database down the service
 * starts anyway, answering 503, and the job queue follows once the database is back.
 */
export async function startBackgroundJobs(deps: AuthDeps) {
  const running = await startJobQueue(deps.jobs, {
    logger: deps.logger,
    afterStart: async () => {
      await deps.mail.start();
      await deps.mailRequests.start((request, client) =>
        request.kind === 'reset-password'
          ? writeResetMail(deps, client, request.email)
          : writeVerificationMail(deps, client, request.email),
      );
      await startHousekeeping(deps);
    },
  });
  return {
    /**
     * Waits up to `graceMs` for running jobs, then lets go of mail still talking to SMTP; the jobs
     * left unfinished run again on a next start or another instance.
     */
    async stop(graceMs: number) {
      await running.stop(graceMs);
      await deps.mail.close();
    },
  };
}
