-- Consent history (GDPR Art. 7(1): the controller must be able to show that consent was given).
-- users.health_data_consent_* hold the current state only, and withdrawing clears them; each change
-- is now also kept here: given (to a policy version) or withdrawn, and when. The rows go with the
-- account when it is deleted, like everything else that names the person.
CREATE TABLE consent_events (
  id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id        UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  granted        BOOLEAN NOT NULL,
  -- The policy version consented to; NULL for a withdrawal.
  policy_version TEXT,
  recorded_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
  CONSTRAINT consent_events_version_check CHECK (granted = (policy_version IS NOT NULL))
);
CREATE INDEX consent_events_user_id_recorded_at_idx ON consent_events (user_id, recorded_at);

-- The consents given before this history existed, as their first event.
INSERT INTO consent_events (user_id, granted, policy_version, recorded_at)
SELECT id, true, health_data_consent_version, health_data_consent_at
FROM users
WHERE health_data_consent_at IS NOT NULL;
