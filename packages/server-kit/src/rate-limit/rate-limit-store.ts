/** The verdict for one request: allowed, or refused with how long until a slot frees up. */
export interface RateLimitResult {
  allowed: boolean;
  retryAfterMs: number;
}

/**
 * A sliding-window log: a request is allowed when fewer than `limit` allowed requests with this key
 * happened in the last `windowMs`, and only allowed requests are recorded (a refused client does not
 * push its own window further out).
 */
export interface RateLimitStore {
  hit(key: string, limit: number, windowMs: number): Promise<RateLimitResult>;
  /**
   * Takes back the newest hit of `key`: an attempt that was counted when it started and turned out
   * not to count (a login that succeeded, where only failures are limited).
   */
  release(key: string): Promise<void>;
  close(): Promise<void>;
}
