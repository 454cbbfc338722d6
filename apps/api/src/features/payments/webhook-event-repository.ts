import type { PoolClient } from '@hormohelp/db';

/**
 * Records an event under its payload key; false when that key was recorded before (a redelivery or a
 * replay). Waits on a concurrent twin, and records it when the twin rolled back.
 */
export async function recordWebhookEvent(
  db: PoolClient,
  input: { payloadKey: string; eventId: string | undefined; event: string },
): Promise<boolean> {
  const { rowCount } = await db.query(
    `INSERT INTO razorpay_webhook_events (payload_key, event_id, event) VALUES ($1, $2, $3)
     ON CONFLICT (payload_key) DO NOTHING`,
    [input.payloadKey, input.eventId ?? null, input.event],
  );
  return rowCount === 1;
}
