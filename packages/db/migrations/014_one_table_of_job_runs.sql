-- A mail job's claim (SMTP accepted its mail) and a mail request's claim (its token and mail job
-- committed) are the same mark: this job's work is done, do not do it again. One table holds both;
-- job ids are unique across queues.
INSERT INTO job_runs (job_id, ran_at) SELECT job_id, sent_at FROM mail_deliveries ON CONFLICT (job_id) DO NOTHING;
DROP TABLE mail_deliveries;
