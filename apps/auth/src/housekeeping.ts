import type { QueuePolicy } from '@hormohelp/jobs';
import { deleteDeadTokens } from './data/housekeeping-repository';
import { deleteOldJobRuns } from './data/job-runs-repository';
import type { AuthDeps } from './deps';

export const HOUSEKEEPING_QUEUE = 'auth-housekeeping';
/** A clean-up that fails waits for the next hour's. */
export const HOUSEKEEPING_POLICY: QueuePolicy = {
  retryLimit: 0,
  retryDelaySeconds: 60,
  expireInSeconds: 600,
};
const EVERY_HOUR = '0 * * * *';

/**
 * Hourly clean-up of dead token rows and old job run marks, as a pg-boss schedule: one job per
 * tick, whichever instances run, and a tick missed while none ran is not made up for.
 */
export async function startHousekeeping(deps: Pick<AuthDeps, 'pool' | 'jobs'>): Promise<void> {
  await deps.jobs.schedule(HOUSEKEEPING_QUEUE, EVERY_HOUR);
  await deps.jobs.work(HOUSEKEEPING_QUEUE, async () => {
    await deleteDeadTokens(deps.pool);
    await deleteOldJobRuns(deps.pool);
  });
}
