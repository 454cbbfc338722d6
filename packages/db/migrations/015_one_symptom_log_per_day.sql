-- One symptom log per person and calendar day: saving a day that already has a log replaces that
-- log (INSERT ... ON CONFLICT (user_id, date) DO UPDATE), so concurrent saves of one day leave one row.
--
-- Days that already hold several logs keep one: the most recently created (the greatest id breaks a
-- tie of created_at), whole, with its own id, values and created_at; the others of that day are
-- deleted, not merged. It is the log the dashboard's Today card showed.
DELETE FROM symptom_logs
 WHERE id IN (SELECT id
                FROM (SELECT id, row_number() OVER (PARTITION BY user_id, date
                                                    ORDER BY created_at DESC, id DESC) AS rank
                        FROM symptom_logs) ranked
               WHERE rank > 1);

-- The (user_id, date DESC) index every read of a person's logs goes through becomes the unique one:
-- the same scans, one index to maintain. It is an index rather than a table constraint because a
-- UNIQUE constraint cannot keep the DESC order; ON CONFLICT (user_id, date) uses it all the same.
DROP INDEX symptom_logs_user_id_date_idx;
CREATE UNIQUE INDEX symptom_logs_user_id_date_idx ON symptom_logs (user_id, date DESC);
