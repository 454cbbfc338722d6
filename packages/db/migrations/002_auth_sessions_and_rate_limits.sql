-- Auth service: refresh-token families for reuse detection, session metadata, a lookup index for
-- verification tokens, and the shared sliding-window rate-limit log.

-- Every refresh token of one login shares a family_id. A rotated token is kept (rotated_at,
-- replaced_by) instead of deleted, so presenting it again is recognised as reuse and the whole
-- family can be revoked (revoked_at).
ALTER TABLE refresh_tokens
  ADD COLUMN family_id    UUID NOT NULL DEFAULT gen_random_uuid(),
  ADD COLUMN replaced_by  UUID REFERENCES refresh_tokens (id) ON DELETE SET NULL,
  ADD COLUMN rotated_at   TIMESTAMPTZ,
  ADD COLUMN revoked_at   TIMESTAMPTZ,
  ADD COLUMN user_agent   TEXT,
  ADD COLUMN last_used_at TIMESTAMPTZ;
-- The default only gave rows that existed before this migration a family of their own; from now on
-- the auth service always names the family.
ALTER TABLE refresh_tokens ALTER COLUMN family_id DROP DEFAULT;
CREATE INDEX refresh_tokens_family_id_idx ON refresh_tokens (family_id);

CREATE UNIQUE INDEX users_verification_token_hash_idx ON users (verification_token_hash)
  WHERE verification_token_hash IS NOT NULL;

-- One row per allowed request; a key's rows older than its window are pruned on every hit and by a
-- periodic sweep (expires_at). Shared by every auth instance when RATE_LIMIT_STORE=postgres.
CREATE TABLE rate_limit_hits (
  id         BIGSERIAL PRIMARY KEY,
  key        TEXT NOT NULL,
  hit_at     TIMESTAMPTZ NOT NULL,
  expires_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX rate_limit_hits_key_hit_at_idx ON rate_limit_hits (key, hit_at);
CREATE INDEX rate_limit_hits_expires_at_idx ON rate_limit_hits (expires_at);
