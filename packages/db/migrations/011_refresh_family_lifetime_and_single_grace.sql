-- A login (a refresh-token family) ends 30 days after it started, however often it rotates. Every
-- token of a family carries the family's start, so the limit holds after housekeeping has deleted
-- the family's first rows. Families that existed before this migration start at their oldest row
-- still kept (housekeeping may have deleted older ones: such a family gets a little longer, once).
ALTER TABLE refresh_tokens ADD COLUMN family_started_at TIMESTAMPTZ;
UPDATE refresh_tokens AS token
   SET family_started_at = family.started_at
  FROM (SELECT family_id, min(created_at) AS started_at FROM refresh_tokens GROUP BY family_id) AS family
 WHERE family.family_id = token.family_id;
ALTER TABLE refresh_tokens ALTER COLUMN family_started_at SET NOT NULL;

-- A rotated token presented again inside the grace window gets one successor, once: this marks that
-- it has had it, and the next presentation revokes the family.
ALTER TABLE refresh_tokens ADD COLUMN grace_reissued_at TIMESTAMPTZ;
