import type { Queryable } from './queryable';

/**
 * Claims the delivery of a mail job inside the caller's open transaction. True when this run is to
 * send it; false when the job's mail was already accepted by SMTP. A second run of the same job
 * waits here until the first run's transaction ends.
 */
export async function claimDelivery(db: Queryable, jobId: string): Promise<boolean> {
  const { rowCount } = await db.query(
    'INSERT INTO mail_deliveries (job_id) VALUES ($1) ON CONFLICT (job_id) DO NOTHING',
    [jobId],
  );
  return rowCount === 1;
}

/** Marks older than a week: their jobs, retries included, ended long ago. */
export async function deleteOldDeliveries(db: Queryable): Promise<void> {
  await db.query("DELETE FROM mail_deliveries WHERE sent_at < now() - interval '7 days'");
}
