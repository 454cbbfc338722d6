import pg from 'pg';

// DATE columns come back as 'YYYY-MM-DD' strings, not as Date objects at local midnight,
// so a calendar date never shifts with the server's time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
// BIGINT counts (count(*)) fit in a JS number for every table this product will ever have.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number.parseInt(value, 10));

export type Pool = pg.Pool;
export type PoolClient = pg.PoolClient;

export interface PoolOptions {
  max?: number;
  /** How long to wait for a connection before failing the request (ms). */
  connectionTimeoutMillis?: number;
  applicationName?: string;
}

/**
 * PostgreSQL ends a session that sits inside a transaction doing nothing for this long (ms), so no
 * bug, hung client or frozen process can hold locks and a connection for ever. Above the longest
 * wait the code allows inside a transaction: an export waits up to 30 s for its reader.
 */
export const IDLE_IN_TRANSACTION_TIMEOUT_MS = 60_000;

export function createPool(connectionString: string, options: PoolOptions = {}): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 10,
    connectionTimeoutMillis: options.connectionTimeoutMillis ?? 3000,
    idleTimeoutMillis: 30_000,
    application_name: options.applicationName,
    // Sent with every connection's startup, so it holds whichever role DATABASE_URL names: the
    // role's own default (migration 010) is lost when the role changes or a dump is restored.
    idle_in_transaction_session_timeout: IDLE_IN_TRANSACTION_TIMEOUT_MS,
  });
  // An idle client that loses its server (database restart) must not crash the process;
  // the pool drops it and the next query opens a new connection.
  pool.on('error', () => {});
  return pool;
}

/** Runs `work` in one transaction on one connection: COMMIT when it resolves, ROLLBACK when it throws. */
export async function withTransaction<T>(
  pool: pg.Pool,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    // A connection that cannot even roll back is discarded instead of returned to the pool.
    await client.query('ROLLBACK').catch((rollbackError: Error) => {
      broken = rollbackError;
    });
    throw error;
  } finally {
    client.release(broken);
  }
}
