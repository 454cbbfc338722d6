-- The seed's ten tables, with every constraint and index the seed lists.
-- Columns the seed gives a DEFAULT are also NOT NULL: a NULL there would only ever be a bug.

CREATE EXTENSION IF NOT EXISTS pgcrypto;

CREATE TABLE users (
  id                            UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  email                         TEXT UNIQUE NOT NULL CHECK (email = lower(btrim(email))),
  password_hash                 TEXT NOT NULL,
  name                          TEXT NOT NULL,
  onboarding_data               JSONB NOT NULL DEFAULT '{}',
  email_verified                BOOLEAN NOT NULL DEFAULT FALSE,
  verification_token_hash       TEXT,
  verification_token_expires_at TIMESTAMPTZ,
  created_at                    TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE refresh_tokens (
  id         UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id    UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  token_hash TEXT UNIQUE NOT NULL,
  expires_at TIMESTAMPTZ NOT NULL,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
-- token_hash is indexed by its UNIQUE constraint.
CREATE INDEX refresh_tokens_user_id_idx ON refresh_tokens (user_id);

CREATE TABLE password_reset_tokens (
  id         UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id    UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  token_hash TEXT UNIQUE NOT NULL,
  expires_at TIMESTAMPTZ NOT NULL,
  used       BOOLEAN NOT NULL DEFAULT FALSE,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX password_reset_tokens_user_id_idx ON password_reset_tokens (user_id);

CREATE TABLE symptom_logs (
  id         UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id    UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  date       DATE NOT NULL DEFAULT CURRENT_DATE,
  symptoms   JSONB NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(symptoms) = 'array'),
  notes      TEXT NOT NULL DEFAULT '',
  severity   SMALLINT CHECK (severity BETWEEN 1 AND 10),
  mood       SMALLINT CHECK (mood BETWEEN 1 AND 10),
  energy     SMALLINT CHECK (energy BETWEEN 1 AND 10),
  sleep      SMALLINT CHECK (sleep BETWEEN 1 AND 10),
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX symptom_logs_user_id_date_idx ON symptom_logs (user_id, date DESC);

CREATE TABLE community_posts (
  id         UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id    UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  title      TEXT NOT NULL,
  body       TEXT NOT NULL,
  category   TEXT NOT NULL DEFAULT 'General Discussion',
  likes      JSONB NOT NULL DEFAULT '[]',
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX community_posts_created_at_idx ON community_posts (created_at DESC);

CREATE TABLE community_comments (
  id         UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  post_id    UUID NOT NULL REFERENCES community_posts (id) ON DELETE CASCADE,
  user_id    UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  body       TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX community_comments_post_id_created_at_idx ON community_comments (post_id, created_at);

CREATE TABLE bookings (
  id         UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id    UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  expert_id  TEXT NOT NULL,
  type       TEXT NOT NULL CHECK (type IN ('video', 'phone', 'chat')),
  date       TEXT NOT NULL,
  time       TEXT NOT NULL,
  status     TEXT NOT NULL DEFAULT 'pending',
  notes      TEXT NOT NULL DEFAULT '',
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX bookings_user_id_created_at_idx ON bookings (user_id, created_at DESC);

CREATE TABLE products (
  id          SERIAL PRIMARY KEY,
  name        TEXT NOT NULL,
  description TEXT NOT NULL,
  price       NUMERIC(10, 2) NOT NULL CHECK (price >= 0),
  image_url   TEXT NOT NULL DEFAULT '',
  category    TEXT NOT NULL,
  stock       INTEGER NOT NULL DEFAULT 100 CHECK (stock >= 0),
  created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE cart_items (
  id         UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id    UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  product_id INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
  quantity   INTEGER NOT NULL DEFAULT 1 CHECK (quantity > 0),
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  UNIQUE (user_id, product_id)
);

CREATE TABLE orders (
  id                  UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id             UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  items               JSONB NOT NULL,
  total               NUMERIC(10, 2) NOT NULL CHECK (total >= 0),
  status              TEXT NOT NULL DEFAULT 'pending',
  razorpay_order_id   TEXT UNIQUE,
  razorpay_payment_id TEXT,
  created_at          TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX orders_user_id_created_at_idx ON orders (user_id, created_at DESC);
