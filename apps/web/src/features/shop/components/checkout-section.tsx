import { Lock } from 'lucide-react';
import { Button } from '@/components/button';
import type { CheckoutPhase } from '../api/checkout';

const PHASE_LABELS: Record<CheckoutPhase, string> = {
  idle: '',
  creating: 'Preparing your order…',
  paying: 'Complete the payment in the Razorpay window.',
  verifying: 'Confirming your payment…',
};

interface CheckoutSectionProps {
  canPay: boolean;
  phase: CheckoutPhase;
  problem: string | undefined;
  onPay: () => void;
}

export function CheckoutSection({ canPay, phase, problem, onPay }: CheckoutSectionProps) {
  if (!canPay) {
    return (
      <p className="mt-4 rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
        Verify your email before paying, so we can send your receipt and delivery updates. Open the link we
        emailed you when you signed up.
      </p>
    );
  }
  return (
    <div className="mt-4 space-y-3">
      <Button size="lg" className="w-full" loading={phase !== 'idle'} onClick={onPay}>
        <Lock className="h-4 w-4" aria-hidden="true" />
        Pay with Razorpay
      </Button>
      <p role="status" className="min-h-5 text-sm text-stone-700">
        {PHASE_LABELS[phase]}
      </p>
      {problem ? (
        <p role="alert" className="rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-800">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
