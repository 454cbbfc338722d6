import { createHash } from 'node:crypto';
import { type Pool, withTransaction } from '@hormohelp/db';
import type { RateLimitResult, RateLimitStore } from './rate-limit-store';

const SWEEP_EVERY_MS = 10 * 60_000;

// A transaction-scoped advisory lock per key makes count-then-insert atomic across every instance
// that shares the database; different keys never wait for each other.
function lockIdOf(key: string): bigint {
  return createHash('sha256').update(key).digest().readBigInt64BE(0);
}

/** Shared by every auth instance on one database (RATE_LIMIT_STORE=postgres). */
export function createPostgresRateLimitStore(pool: Pool): RateLimitStore {
  const sweep = setInterval(() => {
    pool.query('DELETE FROM rate_limit_hits WHERE expires_at <= now()').catch(() => {});
  }, SWEEP_EVERY_MS);
  sweep.unref();

  return {
    hit(key, limit, windowMs): Promise<RateLimitResult> {
      return withTransaction(pool, async (db) => {
        await db.query('SELECT pg_advisory_xact_lock($1)', [lockIdOf(key).toString()]);
        const window = `${windowMs} milliseconds`;
        await db.query('DELETE FROM rate_limit_hits WHERE key = $1 AND hit_at <= now() - $2::interval', [
          key,
          window,
        ]);
        const { rows } = await db.query<{ hit_at: Date; retry_after_ms: number }>(
          `SELECT hit_at, (EXTRACT(EPOCH FROM (hit_at + $2::interval - now())) * 1000)::float8 AS retry_after_ms
           FROM rate_limit_hits WHERE key = $1 ORDER BY hit_at DESC LIMIT $3`,
          [key, window, limit],
        );
        if (rows.length < limit) {
          await db.query(
            'INSERT INTO rate_limit_hits (key, hit_at, expires_at) VALUES ($1, now(), now() + $2::interval)',
            [key, window],
          );
          return { allowed: true, retryAfterMs: 0 };
        }
        // The limit-th most recent hit is the one whose expiry frees the next slot.
        return { allowed: false, retryAfterMs: rows[rows.length - 1]!.retry_after_ms };
      });
    },
    async release(key) {
      await pool.query(
        `DELETE FROM rate_limit_hits
          WHERE id = (SELECT id FROM rate_limit_hits WHERE key = $1 ORDER BY hit_at DESC, id DESC LIMIT 1)`,
        [key],
      );
    },
    async close() {
      clearInterval(sweep);
    },
  };
}
