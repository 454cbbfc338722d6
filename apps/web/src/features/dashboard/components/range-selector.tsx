import { cn } from '@/lib/cn';
import { TREND_RANGES, type TrendRange } from '../api/stats-query';

interface RangeSelectorProps {
  value: TrendRange;
  onChange: (range: TrendRange) => void;
}

/** A segmented control: one pressed button per range. */
export function RangeSelector({ value, onChange }: RangeSelectorProps) {
  return (
    <fieldset className="inline-flex rounded-lg border border-stone-300 bg-stone-50 p-1">
      <legend className="sr-only">Trend range</legend>
      {TREND_RANGES.map((range) => (
        <button
          key={range}
          type="button"
          aria-pressed={range === value}
          onClick={() => onChange(range)}
          className={cn(
            'rounded-md px-3 py-1.5 text-sm font-medium transition-colors focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-brand-600',
            range === value ? 'bg-white text-brand-800 shadow-sm' : 'text-stone-700 hover:text-stone-900',
          )}
        >
          {range} days
        </button>
      ))}
    </fieldset>
  );
}
