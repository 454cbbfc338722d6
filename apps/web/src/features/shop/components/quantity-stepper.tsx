import { MAX_CART_QUANTITY } from '@hormohelp/contracts/limits';
import { Minus, Plus } from 'lucide-react';

interface QuantityStepperProps {
  productName: string;
  quantity: number;
  max: number;
  isBusy: boolean;
  onChange: (quantity: number) => void;
}

const stepButton =
  'flex h-9 w-9 items-center justify-center rounded-lg border border-stone-300 bg-white text-stone-800 hover:bg-stone-100 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-brand-600 disabled:cursor-not-allowed disabled:opacity-50';

/** 1 to 99 (or the stock, if lower); the minus button stops at 1: removing is its own button. */
export function QuantityStepper({ productName, quantity, max, isBusy, onChange }: QuantityStepperProps) {
  const upper = Math.max(1, Math.min(MAX_CART_QUANTITY, max));
  return (
    <div className="flex items-center gap-2">
      <button
        type="button"
        className={stepButton}
        aria-label={`Decrease quantity of ${productName}`}
        disabled={isBusy || quantity <= 1}
        onClick={() => onChange(quantity - 1)}
      >
        <Minus className="h-4 w-4" aria-hidden="true" />
      </button>
      <output
        aria-live="polite"
        aria-label={`Quantity of ${productName}`}
        className="w-8 text-center font-semibold tabular-nums"
      >
        {quantity}
      </output>
      <button
        type="button"
        className={stepButton}
        aria-label={`Increase quantity of ${productName}`}
        disabled={isBusy || quantity >= upper}
        onClick={() => onChange(quantity + 1)}
      >
        <Plus className="h-4 w-4" aria-hidden="true" />
      </button>
    </div>
  );
}
