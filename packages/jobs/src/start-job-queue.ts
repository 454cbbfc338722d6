import type { JobLogger, JobQueue } from './job-queue';

export interface RunningJobs {
  /** Stops retrying a failed start, then stops the queue (see JobQueue.stop). */
  stop(graceMs: number): Promise<void>;
}

/**
 * Starts `queue`, then `afterStart` (its workers and schedules). The first try is awaited, so jobs
 * can be sent once this resolves; when it fails (the database is down) the service carries on
 * without background work and the start is tried again every `retryMs` until it succeeds.
 */
export async function startJobQueue(
  queue: JobQueue,
  {
    logger,
    afterStart,
    retryMs = 5000,
  }: { logger: JobLogger; afterStart: () => Promise<void>; retryMs?: number },
): Promise<RunningJobs> {
  let stopping = false;
  let retryTimer: NodeJS.Timeout | undefined;
  let attempt: Promise<void>;

  async function begin(): Promise<void> {
    try {
      await queue.start();
    } catch (error) {
      logger.error({ err: { message: (error as Error).message } }, 'job queue not started, trying again');
      if (!stopping) retryTimer = setTimeout(retry, retryMs);
      return;
    }
    try {
      await afterStart();
    } catch (error) {
      logger.error({ err: { message: (error as Error).message } }, 'job workers started only in part');
    }
  }

  function retry() {
    attempt = begin();
  }

  attempt = begin();
  await attempt;
  return {
    async stop(graceMs) {
      stopping = true;
      clearTimeout(retryTimer);
      await attempt;
      await queue.stop(graceMs);
    },
  };
}
