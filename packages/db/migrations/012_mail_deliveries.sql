-- One row per mail job the SMTP server has accepted: a job run again (a retry after a lost
-- completion, a second instance after expiry) sees it and sends nothing. The row is inserted in a
-- transaction kept open while SMTP talks, so a second run of the same job waits for the first and
-- then finds the row, or finds none when the first failed. No address or content: only the job id.
CREATE TABLE mail_deliveries (
  job_id uuid PRIMARY KEY,
  sent_at timestamptz NOT NULL DEFAULT now()
);
