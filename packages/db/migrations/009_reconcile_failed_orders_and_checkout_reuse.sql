-- Reconciliation asks Razorpay about failed orders as well as pending ones: a person may retry a
-- failed payment on the same Razorpay order, and that capture must be found even when the browser
-- and the webhook are both lost. Only orders younger than the seven-day horizon are asked about, so
-- the index is on the creation time of the unpaid orders: a pass reads the orders inside the horizon
-- and never walks the abandoned checkouts of earlier weeks, however many have piled up.
DROP INDEX orders_pending_reconciled_at_idx;
CREATE INDEX orders_unpaid_created_at_idx ON orders (created_at) WHERE status IN ('pending', 'failed');

-- A cart line is paid for at most once. Paying an order claims each cart line it covers here, in the
-- transaction that marks it paid; the primary key makes a second checkout over a line already paid
-- fail to claim it, however the two payments race.
CREATE TABLE paid_cart_lines (
  cart_item_id UUID PRIMARY KEY,
  order_id     UUID NOT NULL REFERENCES orders (id) ON DELETE CASCADE
);
CREATE INDEX paid_cart_lines_order_id_idx ON paid_cart_lines (order_id);
INSERT INTO paid_cart_lines (cart_item_id, order_id)
SELECT DISTINCT ON (line.cart_item_id) line.cart_item_id, o.id
FROM orders o CROSS JOIN LATERAL unnest(o.cart_item_ids) AS line (cart_item_id)
WHERE o.status = 'paid'
ORDER BY line.cart_item_id, o.paid_at NULLS LAST, o.created_at;

-- Captured payments that paid nothing: a second payment for an order already paid, or the payment of
-- a checkout whose cart lines another checkout had already paid. The money goes back; this is the
-- list to refund from, one row per payment however often it is reported.
CREATE TABLE payments_to_refund (
  razorpay_payment_id TEXT PRIMARY KEY,
  order_id            UUID NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
  reason              TEXT NOT NULL CHECK (reason IN ('order_already_paid', 'cart_lines_already_paid')),
  recorded_at         TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX payments_to_refund_order_id_idx ON payments_to_refund (order_id);

-- Webhooks are deduplicated on what their signature covers, the SHA-256 of the raw body, instead of
-- the unsigned x-razorpay-event-id header: a signed body replayed with a fresh event id is the same
-- key. Events recorded before keep their event id as their key; the header is still stored, for logs.
ALTER TABLE razorpay_webhook_events ADD COLUMN payload_key TEXT;
UPDATE razorpay_webhook_events SET payload_key = 'event-id:' || event_id;
ALTER TABLE razorpay_webhook_events ALTER COLUMN payload_key SET NOT NULL;
ALTER TABLE razorpay_webhook_events DROP CONSTRAINT razorpay_webhook_events_pkey;
ALTER TABLE razorpay_webhook_events ALTER COLUMN event_id DROP NOT NULL;
ALTER TABLE razorpay_webhook_events ADD PRIMARY KEY (payload_key);
