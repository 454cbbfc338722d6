-- Each person's own calendar day: every "today" of the product (a log's default date, the
-- future-date check, streaks, the cycle day, reminders) is the date in this IANA zone. Accounts made
-- before the zone was asked for are in UTC until the person sets theirs. The name is checked by the
-- services against the zones the runtime knows; the database only bounds its length.
ALTER TABLE users
  ADD COLUMN time_zone TEXT NOT NULL DEFAULT 'UTC' CHECK (length(time_zone) BETWEEN 1 AND 64);
