import type { Queryable } from './queryable';

/**
 * Claims a job's run inside the caller's open transaction, which holds the job's work. True when
 * this run is to do the work; false when an earlier run of the job already committed it. A second
 * run of the same job waits here until the first run's transaction ends.
 */
export async function claimJobRun(db: Queryable, jobId: string): Promise<boolean> {
  const { rowCount } = await db.query(
    'INSERT INTO job_runs (job_id) VALUES ($1) ON CONFLICT (job_id) DO NOTHING',
    [jobId],
  );
  return rowCount === 1;
}

/** Marks older than a week: their jobs, retries included, ended long ago. */
export async function deleteOldJobRuns(db: Queryable): Promise<void> {
  await db.query("DELETE FROM job_runs WHERE ran_at < now() - interval '7 days'");
}
