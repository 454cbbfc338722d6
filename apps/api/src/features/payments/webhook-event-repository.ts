import type { PoolClient } from '@hormohelp/db';

/** Records an event id; false when it was recorded before (a redelivery). Waits on a concurrent twin. */
export async function recordWebhookEvent(db: PoolClient, eventId: string, event: string): Promise<boolean> {
  const { rowCount } = await db.query(
    'INSERT INTO razorpay_webhook_events (event_id, event) VALUES ($1, $2) ON CONFLICT (event_id) DO NOTHING',
    [eventId, event],
  );
  return rowCount === 1;
}
