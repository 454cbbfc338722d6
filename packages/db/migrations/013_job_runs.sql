-- One row per job whose work has committed: the row is inserted in the same transaction as that
-- work, so a job run again (a retry after a completion that never reached the queue, a second
-- instance after the job expired) finds it and does nothing. No address or content: only the job id.
CREATE TABLE job_runs (
  job_id uuid PRIMARY KEY,
  ran_at timestamptz NOT NULL DEFAULT now()
);
