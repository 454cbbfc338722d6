import type { RateLimitResult, RateLimitStore } from './rate-limit-store';

const SWEEP_EVERY_MS = 60_000;

/** For one instance: the log lives in this process. */
export function createMemoryRateLimitStore(now: () => number = Date.now): RateLimitStore {
  const hits = new Map<string, { times: number[]; windowMs: number }>();

  // Keys that never come back would otherwise stay in memory for ever.
  const sweep = setInterval(() => {
    const current = now();
    for (const [key, entry] of hits) {
      if (entry.times.every((time) => time <= current - entry.windowMs)) hits.delete(key);
    }
  }, SWEEP_EVERY_MS);
  sweep.unref();

  return {
    async hit(key, limit, windowMs): Promise<RateLimitResult> {
      const current = now();
      const entry = hits.get(key) ?? { times: [], windowMs };
      entry.windowMs = Math.max(entry.windowMs, windowMs);
      entry.times = entry.times.filter((time) => time > current - windowMs);
      hits.set(key, entry);
      if (entry.times.length < limit) {
        entry.times.push(current);
        return { allowed: true, retryAfterMs: 0 };
      }
      const oldest = entry.times[entry.times.length - limit]!;
      return { allowed: false, retryAfterMs: oldest + windowMs - current };
    },
    async release(key) {
      hits.get(key)?.times.pop();
    },
    async close() {
      clearInterval(sweep);
    },
  };
}
