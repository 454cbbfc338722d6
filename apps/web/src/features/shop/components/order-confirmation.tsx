import type { Order } from '@hormohelp/contracts';
import { CircleCheck } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { Button } from '@/components/button';
import { OrderItems } from './order-items';

interface OrderConfirmationProps {
  order: Order;
  onClose: () => void;
}

/** Shown once the server has verified the payment; focus moves here so screen readers announce it. */
export function OrderConfirmation({ order, onClose }: OrderConfirmationProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section
      aria-labelledby="order-confirmed-title"
      className="rounded-xl border border-brand-200 bg-brand-50 p-5 sm:p-6"
    >
      <div className="flex items-start gap-3">
        <CircleCheck className="h-6 w-6 shrink-0 text-brand-700" aria-hidden="true" />
        <div className="min-w-0 flex-1">
          <h2
            id="order-confirmed-title"
            ref={headingRef}
            tabIndex={-1}
            className="text-lg font-semibold text-brand-900 outline-none"
          >
            Order confirmed
          </h2>
          <p className="mt-1 text-sm text-stone-700">
            Thank you! Payment <span className="break-all font-mono">{order.razorpayPaymentId}</span> was
            received.
          </p>
          <div className="mt-4 rounded-lg bg-white p-4">
            <OrderItems order={order} />
          </div>
          <Button variant="secondary" className="mt-4" onClick={onClose}>
            Continue shopping
          </Button>
        </div>
      </div>
    </section>
  );
}
