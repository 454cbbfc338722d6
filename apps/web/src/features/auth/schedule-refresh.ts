import { readTokenExpiry } from '@/lib/jwt';

/** Refresh this long before the access token expires. */
export const REFRESH_LEAD_MS = 60_000;
// Never schedule sooner than this, so a token that is already (nearly) expired cannot cause a loop.
const MIN_DELAY_MS = 5_000;

/**
 * Calls `refresh` 60 s before the token's `exp` (read without verification: only for timing).
 * Returns a function that cancels the timer.
 */
export function scheduleRefresh(
  token: string,
  refresh: () => void,
  now: () => number = Date.now,
): () => void {
  const expiresAt = readTokenExpiry(token);
  if (expiresAt === null) return () => {};
  const delay = Math.max(expiresAt * 1000 - now() - REFRESH_LEAD_MS, MIN_DELAY_MS);
  const timer = setTimeout(refresh, delay);
  return () => clearTimeout(timer);
}
