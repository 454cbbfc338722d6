import { describe, expect, it } from 'vitest';
import { createMemoryRateLimitStore } from './memory-store';

describe('memory rate-limit store (sliding window)', () => {
  it('allows `limit` hits per window, then tells how long until the oldest one leaves the window', async () => {
    let now = 1_000_000;
    const store = createMemoryRateLimitStore(() => now);
    for (let i = 0; i < 3; i += 1) {
      expect(await store.hit('k', 3, 60_000)).toEqual({ allowed: true, retryAfterMs: 0 });
      now += 10_000;
    }
    expect(await store.hit('k', 3, 60_000)).toEqual({ allowed: false, retryAfterMs: 30_000 });
    expect((await store.hit('other', 3, 60_000)).allowed).toBe(true);

    // The window slides: once the first hit is 60 s old, one more is allowed, and no more.
    now = 1_000_000 + 60_001;
    expect((await store.hit('k', 3, 60_000)).allowed).toBe(true);
    expect(await store.hit('k', 3, 60_000)).toEqual({ allowed: false, retryAfterMs: 9_999 });
    await store.close();
  });

  it('release takes back the newest hit of a key and no other', async () => {
    const store = createMemoryRateLimitStore(() => 0);
    await store.hit('k', 2, 1000);
    await store.hit('k', 2, 1000);
    await store.hit('other', 1, 1000);
    await store.release('k');
    expect((await store.hit('k', 2, 1000)).allowed).toBe(true);
    expect((await store.hit('k', 2, 1000)).allowed).toBe(false);
    expect((await store.hit('other', 1, 1000)).allowed).toBe(false);
    await store.release('never-hit');
    await store.close();
  });

  it('does not record refused hits, so hammering does not extend the lockout', async () => {
    let now = 0;
    const store = createMemoryRateLimitStore(() => now);
    await store.hit('k', 1, 1000);
    for (let i = 0; i < 5; i += 1) {
      now += 100;
      expect((await store.hit('k', 1, 1000)).allowed).toBe(false);
    }
    now = 1001;
    expect((await store.hit('k', 1, 1000)).allowed).toBe(true);
    await store.close();
  });
});
