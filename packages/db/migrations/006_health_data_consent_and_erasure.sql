-- Issue 9: explicit consent to store health data, and erasure that keeps only what accounting needs.

-- Consent (GDPR Art. 9(2)(a)): when it was given and to which version of the policy. Both NULL means
-- no consent (never given, or withdrawn); one without the other would be a bug.
ALTER TABLE users
  ADD COLUMN health_data_consent_at      TIMESTAMPTZ,
  ADD COLUMN health_data_consent_version TEXT,
  ADD CONSTRAINT users_health_data_consent_check
    CHECK ((health_data_consent_at IS NULL) = (health_data_consent_version IS NULL));

-- Erasure: an order outlives its buyer for accounting (id, item snapshot, total, status, Razorpay ids,
-- dates), detached from the person. Deleting a user now sets orders.user_id to NULL instead of
-- deleting the order.
ALTER TABLE orders ALTER COLUMN user_id DROP NOT NULL;
ALTER TABLE orders DROP CONSTRAINT orders_user_id_fkey;
ALTER TABLE orders
  ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE SET NULL;
