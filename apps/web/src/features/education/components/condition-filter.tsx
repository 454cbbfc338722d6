import { cn } from '@/lib/cn';
import { CONDITION_LABELS, type ConditionTag } from '../articles';

interface ConditionFilterProps {
  selected: ConditionTag | null;
  onSelect: (condition: ConditionTag | null) => void;
}

const chip =
  'rounded-full border px-3 py-1.5 text-sm font-medium transition-colors focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-brand-600';

export function ConditionFilter({ selected, onSelect }: ConditionFilterProps) {
  const options: Array<[ConditionTag | null, string]> = [
    [null, 'All topics'],
    ...(Object.entries(CONDITION_LABELS) as Array<[ConditionTag, string]>),
  ];
  return (
    <fieldset className="flex flex-wrap gap-2">
      <legend className="sr-only">Filter by condition</legend>
      {options.map(([value, label]) => {
        const isSelected = selected === value;
        return (
          <button
            key={label}
            type="button"
            aria-pressed={isSelected}
            onClick={() => onSelect(value)}
            className={cn(
              chip,
              isSelected
                ? 'border-brand-700 bg-brand-700 text-white'
                : 'border-stone-300 bg-white text-stone-700 hover:bg-stone-100',
            )}
          >
            {label}
          </button>
        );
      })}
    </fieldset>
  );
}
