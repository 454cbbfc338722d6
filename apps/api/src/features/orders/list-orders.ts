import type { Order } from '@hormohelp/contracts';
import type { Pool } from '@hormohelp/db';
import { AppError } from '@hormohelp/server-kit';
import { findOrdersPage } from './order-repository';
import { toOrder } from './order-rows';

/** The caller's orders, newest first, with an opaque keyset cursor (creation time and id). */
export async function listOrders(
  db: Pool,
  input: { userId: string; limit: number; cursor?: string },
): Promise<{ items: Order[]; nextCursor: string | null }> {
  const after = input.cursor === undefined ? undefined : decodeCursor(input.cursor);
  const rows = await findOrdersPage(db, { userId: input.userId, limit: input.limit + 1, after });
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  const nextCursor = rows.length > input.limit && last ? encodeCursor(last.created_us, last.id) : null;
  return { items: page.map(toOrder), nextCursor };
}

function encodeCursor(createdUs: number, id: string): string {
  return Buffer.from(`${createdUs}.${id}`).toString('base64url');
}

const CURSOR = /^(\d{1,17})\.([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

function decodeCursor(cursor: string): { createdUs: number; id: string } {
  const match = CURSOR.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match?.[1] || !match[2])
    throw new AppError('validation_error', { details: { fields: { cursor: 'This cursor is not valid' } } });
  return { createdUs: Number(match[1]), id: match[2] };
}
