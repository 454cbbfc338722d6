import { connect, type Socket } from 'node:net';
import type { Pool } from '@hormohelp/db';
import type { TestUser } from './api-harness';

export interface StalledExport {
  status: number;
  /** Response headers, names in lower case. */
  headers: Map<string, string>;
  /** Paused after the response head: the body is never read, so the server's writes back up. */
  socket: Socket;
}

/**
 * GET /users/me/export on a raw socket that reads the status line and headers, then stops reading
 * for good: the kernel's buffers fill and the server's writes block, as with a client that keeps the
 * connection open and never reads.
 */
export function openStalledExport(baseUrl: string, user: TestUser): Promise<StalledExport> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) });
    let head = '';
    const onData = (chunk: Buffer) => {
      head += chunk.toString('latin1');
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) return;
      socket.pause();
      socket.off('data', onData);
      const [statusLine = '', ...lines] = head.slice(0, end).split('\r\n');
      const headers = new Map(
        lines.map((line) => {
          const colon = line.indexOf(':');
          return [line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim()] as const;
        }),
      );
      resolve({ status: Number(statusLine.split(' ')[1]), headers, socket });
    };
    socket.on('data', onData);
    socket.on('error', reject);
    socket.once('connect', () => {
      socket.write(
        `GET /users/me/export HTTP/1.1\r\nHost: ${hostname}:${port}\r\n` +
          `Authorization: Bearer ${user.token}\r\n\r\n`,
      );
    });
  });
}

/**
 * Gives each person about 10 MB of export in 40 logs, well beyond what the kernel buffers of one
 * loopback connection hold (4 MB send, a few hundred KB receive). The notes are longer than the API
 * accepts, so that a few rows suffice: what is tested is a reader that stalls, not the bytes.
 */
export async function insertBulkyLogs(pool: Pool, userIds: string[]): Promise<void> {
  await pool.query(
    `INSERT INTO symptom_logs (user_id, date, symptoms, notes, severity, mood, energy, sleep)
     SELECT u, current_date - g, '["Fatigue"]'::jsonb, repeat('slept badly; ', 20000), 5, 5, 5, 5
       FROM unnest($1::uuid[]) AS u, generate_series(1, 40) AS g`,
    [userIds],
  );
}

/**
 * Backends inside an export's transaction (one that has read through an export cursor), and those of
 * them waiting on the API for over a second: an export blocked on a reader that does not read.
 */
export async function exportTransactions(pool: Pool): Promise<{ total: number; waitingOnReader: number }> {
  const { rows } = await pool.query<{ total: number; waiting: number }>(
    `SELECT count(*) AS total, count(*) FILTER (
              WHERE state = 'idle in transaction' AND state_change < now() - interval '1 second'
            ) AS waiting
       FROM pg_stat_activity
      WHERE datname = current_database() AND pid <> pg_backend_pid()
        AND xact_start IS NOT NULL AND query LIKE '%export_cursor_%'`,
  );
  return { total: rows[0]!.total, waitingOnReader: rows[0]!.waiting };
}

/** Latency figures of a run of requests, in ms. */
export function summarise(latencies: number[]) {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { n: sorted.length, p50: at(0.5), p99: at(0.99), max: sorted.at(-1)! };
}
