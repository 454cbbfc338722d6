import type { Order } from '@hormohelp/contracts';
import { cn } from '@/lib/cn';

interface Badge {
  label: string;
  tone: string;
}

const BADGES: Record<Order['status'], Badge> = {
  paid: { label: 'Paid', tone: 'bg-brand-50 text-brand-800 ring-brand-200' },
  pending: { label: 'Awaiting payment', tone: 'bg-amber-50 text-amber-900 ring-amber-200' },
  failed: { label: 'Payment failed', tone: 'bg-red-50 text-red-800 ring-red-200' },
};

const NOT_COMPLETED: Badge = { label: 'Not completed', tone: 'bg-stone-100 text-stone-700 ring-stone-200' };

/**
 * A checkout still unpaid a day later was left, not awaiting anything: a payment made on it would
 * have been found within minutes (verify-payment, the webhook, or reconciliation every few minutes).
 */
const LEFT_AFTER_MS = 24 * 60 * 60 * 1000;

export function badgeOf(order: Pick<Order, 'status' | 'createdAt'>, now = Date.now()): Badge {
  if (order.status === 'pending' && now - Date.parse(order.createdAt) > LEFT_AFTER_MS) return NOT_COMPLETED;
  return BADGES[order.status] ?? BADGES.pending;
}

export function OrderStatusBadge({ order }: { order: Pick<Order, 'status' | 'createdAt'> }) {
  const badge = badgeOf(order);
  return (
    <span className={cn('rounded-full px-2.5 py-0.5 text-xs font-medium ring-1 ring-inset', badge.tone)}>
      {badge.label}
    </span>
  );
}
