import type { Order } from '@hormohelp/contracts';
import { cn } from '@/lib/cn';

const BADGES: Record<Order['status'], { label: string; tone: string }> = {
  paid: { label: 'Paid', tone: 'bg-brand-50 text-brand-800 ring-brand-200' },
  pending: { label: 'Awaiting payment', tone: 'bg-amber-50 text-amber-900 ring-amber-200' },
  failed: { label: 'Payment failed', tone: 'bg-red-50 text-red-800 ring-red-200' },
};

export function OrderStatusBadge({ status }: { status: Order['status'] }) {
  const badge = BADGES[status] ?? BADGES.pending;
  return (
    <span className={cn('rounded-full px-2.5 py-0.5 text-xs font-medium ring-1 ring-inset', badge.tone)}>
      {badge.label}
    </span>
  );
}
