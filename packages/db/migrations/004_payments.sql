-- Razorpay payments: an order is recorded as `pending` when its Razorpay order is created, and the
-- browser's verify-payment, the webhook or the reconciliation command turn it `paid` exactly once.

-- The cart lines a pending order covers, so that paying it deletes exactly those lines.
ALTER TABLE orders ADD COLUMN cart_item_ids UUID[] NOT NULL DEFAULT '{}';
ALTER TABLE orders ADD COLUMN paid_at TIMESTAMPTZ;
ALTER TABLE orders ADD COLUMN updated_at TIMESTAMPTZ NOT NULL DEFAULT now();
ALTER TABLE orders ADD CONSTRAINT orders_status_check CHECK (status IN ('pending', 'paid', 'failed'));
-- A paid order always names the payment that paid it.
ALTER TABLE orders ADD CONSTRAINT orders_paid_has_payment_check
  CHECK (status <> 'paid' OR razorpay_payment_id IS NOT NULL);
-- One payment can never pay two orders.
CREATE UNIQUE INDEX orders_razorpay_payment_id_key ON orders (razorpay_payment_id)
  WHERE razorpay_payment_id IS NOT NULL;
-- Reconciliation scans only the pending orders, oldest first.
CREATE INDEX orders_pending_created_at_idx ON orders (created_at) WHERE status = 'pending';

-- Razorpay delivers a webhook at least once; the event id (x-razorpay-event-id) makes a repeat a no-op.
CREATE TABLE razorpay_webhook_events (
  event_id    TEXT PRIMARY KEY,
  event       TEXT NOT NULL,
  received_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
