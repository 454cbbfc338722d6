import { AppError } from '../app-error';
import type { RateLimitStore } from './rate-limit-store';

/** The 429 of a spent budget: `rate_limited` with Retry-After in whole seconds, never 0. */
export function rateLimitedError(retryAfterMs: number): AppError {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return new AppError('rate_limited', { headers: { 'Retry-After': String(seconds) } });
}

/** Counts one hit against `key` and throws the 429 when the budget is already spent. */
export async function enforceRateLimit(
  store: RateLimitStore,
  key: string,
  limit: number,
  windowMs: number,
): Promise<void> {
  const result = await store.hit(key, limit, windowMs);
  if (!result.allowed) throw rateLimitedError(result.retryAfterMs);
}
