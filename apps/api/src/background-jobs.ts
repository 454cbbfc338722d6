import { JobQueue, type RunningJobs, startJobQueue } from '@hormohelp/jobs';
import type { ApiDeps } from './deps';
import { reconcileUnpaidOrders } from './features/orders/reconcile-unpaid-orders';
import { razorpayClientFromConfig } from './razorpay/razorpay-client';

export const RECONCILE_QUEUE = 'api-reconcile-unpaid-orders';
/** Every 5 minutes, one pass over the unpaid orders at least 5 minutes old (docs/payments.md). */
const RECONCILE_CRON = '*/5 * * * *';
const RECONCILE_OLDER_THAN_MINUTES = 5;

/**
 * The API's scheduled work as pg-boss jobs on its database: Razorpay reconciliation once per tick
 * whichever API instances run, never two passes at once, and a pass that fails waits for the next
 * tick. A pass running past 4 minutes counts as lost.
 */
export async function startBackgroundJobs(
  deps: Pick<ApiDeps, 'config' | 'pool' | 'logger'>,
): Promise<RunningJobs> {
  const jobs = new JobQueue({
    connectionString: deps.config.DATABASE_URL,
    logger: deps.logger,
    applicationName: 'api-jobs',
  }).define(RECONCILE_QUEUE, {
    retryLimit: 0,
    retryDelaySeconds: 60,
    expireInSeconds: 240,
    oneAtATime: true,
  });
  const razorpay = razorpayClientFromConfig(deps.config);
  return startJobQueue(jobs, {
    logger: deps.logger,
    afterStart: async () => {
      await jobs.schedule(RECONCILE_QUEUE, RECONCILE_CRON);
      await jobs.work(RECONCILE_QUEUE, async () => {
        await reconcileUnpaidOrders(
          { pool: deps.pool, razorpay, logger: deps.logger },
          { olderThanMinutes: RECONCILE_OLDER_THAN_MINUTES },
        );
      });
    },
  });
}
