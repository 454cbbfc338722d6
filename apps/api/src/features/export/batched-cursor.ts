import type { PoolClient } from '@hormohelp/db';

/** Rows fetched per round trip: a year of daily logs is one FETCH, ten years about eight. */
export const EXPORT_BATCH_ROWS = 500;

let cursorCounter = 0;

/**
 * Yields the rows of `sql` in batches through a server-side cursor, so only one batch is ever held in
 * memory. Must run inside a transaction (a cursor lives until its transaction ends).
 */
export async function* fetchInBatches<Row>(
  client: PoolClient,
  sql: string,
  params: unknown[],
  batchRows = EXPORT_BATCH_ROWS,
): AsyncGenerator<Row[]> {
  cursorCounter += 1;
  const cursor = `export_cursor_${cursorCounter}`;
  await client.query(`DECLARE ${cursor} NO SCROLL CURSOR FOR ${sql}`, params);
  try {
    while (true) {
      const { rows } = await client.query<Row & object>(`FETCH ${batchRows} FROM ${cursor}`);
      if (rows.length > 0) yield rows as Row[];
      if (rows.length < batchRows) return;
    }
  } finally {
    // A cursor of an aborted transaction is gone already; the transaction's end closes it anyway.
    await client.query(`CLOSE ${cursor}`).catch(() => undefined);
  }
}
