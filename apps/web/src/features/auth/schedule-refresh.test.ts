import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeToken } from '@/test/fake-backend';
import { scheduleRefresh } from './schedule-refresh';

describe('scheduleRefresh', () => {
  afterEach(() => vi.useRealTimers());

  it('fires exactly 60 seconds before the token expires', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-27T10:00:00.000Z'));
    const refresh = vi.fn();
    scheduleRefresh(makeToken('a', 900), refresh);

    vi.advanceTimersByTime(839_999);
    expect(refresh).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(refresh).toHaveBeenCalledOnce();
  });

  it('when cancelled, never fires', () => {
    vi.useFakeTimers();
    const refresh = vi.fn();
    const cancel = scheduleRefresh(makeToken('a', 900), refresh);
    cancel();
    vi.advanceTimersByTime(900_000);
    expect(refresh).not.toHaveBeenCalled();
  });

  it('for a token that is already about to expire, waits a few seconds instead of looping', () => {
    vi.useFakeTimers();
    const refresh = vi.fn();
    scheduleRefresh(makeToken('a', 30), refresh);
    vi.advanceTimersByTime(4_999);
    expect(refresh).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(refresh).toHaveBeenCalledOnce();
  });

  it('for a token without a readable exp, schedules nothing', () => {
    vi.useFakeTimers();
    const refresh = vi.fn();
    scheduleRefresh('not-a-jwt', refresh);
    vi.advanceTimersByTime(3_600_000);
    expect(refresh).not.toHaveBeenCalled();
  });
});
