/**
 * `npm run reconcile -w @hormohelp/api [-- --older-than-minutes=N]`: one reconciliation pass over the
 * unpaid (pending or failed) orders, run by hand. The API process runs the same pass every 5 minutes
 * as a scheduled job (src/background-jobs.ts).
 */
import { createPool } from '@hormohelp/db';
import { ConfigError, createLogger } from '@hormohelp/server-kit';
import { loadApiConfig } from '../../config';
import { razorpayClientFromConfig } from '../../razorpay/razorpay-client';
import { reconcileUnpaidOrders } from './reconcile-unpaid-orders';

const DEFAULT_MINUTES = 5;

function olderThanMinutes(argv: string[]): number {
  const flag = argv.find((arg) => arg.startsWith('--older-than-minutes='));
  const value = flag ? Number(flag.split('=')[1]) : DEFAULT_MINUTES;
  if (!Number.isInteger(value) || value < 0)
    throw new ConfigError('reconcile: --older-than-minutes must be a whole number');
  return value;
}

try {
  const config = loadApiConfig();
  const logger = createLogger('reconcile', config.LOG_LEVEL);
  const pool = createPool(config.DATABASE_URL, { applicationName: 'reconcile', max: 2 });
  try {
    const summary = await reconcileUnpaidOrders(
      { pool, razorpay: razorpayClientFromConfig(config), logger },
      { olderThanMinutes: olderThanMinutes(process.argv.slice(2)) },
    );
    console.log(JSON.stringify(summary));
    process.exitCode = summary.errors.length > 0 ? 1 : 0;
  } finally {
    await pool.end();
  }
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
