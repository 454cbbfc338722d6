-- Reconciliation took the 500 oldest pending orders on every pass. Abandoned checkouts stay pending
-- for ever, so once 500 of them had piled up, a newer order whose payment was captured (with the
-- browser and the webhook both lost) was never looked at again. Each pass now takes the orders
-- checked longest ago (never checked first), and records when it checked them.
ALTER TABLE orders ADD COLUMN reconciled_at TIMESTAMPTZ;
DROP INDEX orders_pending_created_at_idx;
CREATE INDEX orders_pending_reconciled_at_idx ON orders (reconciled_at NULLS FIRST, created_at)
  WHERE status = 'pending';
