-- Community likes as rows (contract.md allows this instead of the JSONB array): a like is one row,
-- toggled with INSERT ... ON CONFLICT DO NOTHING / DELETE, never a read-modify-write of an array.
-- community_posts.likes stays in place, unused.
CREATE TABLE post_likes (
  post_id    UUID NOT NULL REFERENCES community_posts (id) ON DELETE CASCADE,
  user_id    UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (post_id, user_id)
);
-- Deleting a user cascades here by user_id.
CREATE INDEX post_likes_user_id_idx ON post_likes (user_id);

-- The feed is keyset-paginated on (created_at, id), newest first, optionally within one category.
CREATE INDEX community_posts_created_at_id_idx ON community_posts (created_at DESC, id DESC);
CREATE INDEX community_posts_category_created_at_id_idx
  ON community_posts (category, created_at DESC, id DESC);
-- Deleting a user cascades to their posts and comments by user_id.
CREATE INDEX community_posts_user_id_idx ON community_posts (user_id);
CREATE INDEX community_comments_user_id_idx ON community_comments (user_id);

-- One slot of an expert is sold once: at most one booking that is not cancelled per
-- (expert, date, time). Concurrent requests for the same slot race on this index, and all but one
-- get a unique violation (409 conflict). Cancelling frees the slot.
CREATE UNIQUE INDEX bookings_expert_slot_idx ON bookings (expert_id, date, time) WHERE status <> 'cancelled';
ALTER TABLE bookings ADD CONSTRAINT bookings_status_check CHECK (status IN ('pending', 'confirmed', 'cancelled'));
