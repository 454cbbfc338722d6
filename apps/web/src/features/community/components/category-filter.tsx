import { POST_CATEGORIES } from '@hormohelp/contracts/limits';
import { cn } from '@/lib/cn';

interface CategoryFilterProps {
  value: string | null;
  onChange: (category: string | null) => void;
}

const OPTIONS: Array<{ label: string; value: string | null }> = [
  { label: 'All topics', value: null },
  ...POST_CATEGORIES.map((category) => ({ label: category, value: category })),
];

/** The feed's topic filter: one pressed toggle at a time; wraps on phones instead of scrolling sideways. */
export function CategoryFilter({ value, onChange }: CategoryFilterProps) {
  return (
    <fieldset className="min-w-0">
      <legend className="sr-only">Filter by topic</legend>
      <div className="flex flex-wrap gap-2">
        {OPTIONS.map((option) => {
          const isActive = option.value === value;
          return (
            <button
              key={option.label}
              type="button"
              aria-pressed={isActive}
              onClick={() => onChange(option.value)}
              className={cn(
                'rounded-full border px-3 py-1.5 text-sm transition-colors focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:ring-offset-1',
                isActive
                  ? 'border-brand-700 bg-brand-700 text-white'
                  : 'border-stone-300 bg-white text-stone-700 hover:border-brand-400',
              )}
            >
              {option.label}
            </button>
          );
        })}
      </div>
    </fieldset>
  );
}
