import { describe, expect, it } from 'vitest';
import { badgeOf } from './order-status-badge';

const now = Date.parse('2026-11-27T12:00:00Z');
const hoursAgo = (hours: number) => new Date(now - hours * 3_600_000).toISOString();

describe('badgeOf', () => {
  it('says a pending order awaits payment during its first day, and was not completed after it', () => {
    expect(badgeOf({ status: 'pending', createdAt: hoursAgo(1) }, now).label).toBe('Awaiting payment');
    expect(badgeOf({ status: 'pending', createdAt: hoursAgo(23.9) }, now).label).toBe('Awaiting payment');
    expect(badgeOf({ status: 'pending', createdAt: hoursAgo(24.1) }, now).label).toBe('Not completed');
  });

  it('shows paid and failed orders as they are, however old', () => {
    expect(badgeOf({ status: 'paid', createdAt: hoursAgo(500) }, now).label).toBe('Paid');
    expect(badgeOf({ status: 'failed', createdAt: hoursAgo(500) }, now).label).toBe('Payment failed');
  });
});
