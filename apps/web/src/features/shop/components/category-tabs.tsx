import { cn } from '@/lib/cn';

interface CategoryTabsProps {
  categories: string[];
  value: string | null;
  onChange: (category: string | null) => void;
}

/** Product categories as pressed toggles; "All products" first. */
export function CategoryTabs({ categories, value, onChange }: CategoryTabsProps) {
  const options: Array<{ label: string; value: string | null }> = [
    { label: 'All products', value: null },
    ...categories.map((category) => ({ label: category, value: category })),
  ];
  return (
    <fieldset className="min-w-0">
      <legend className="sr-only">Filter by category</legend>
      <div className="flex flex-wrap gap-2">
        {options.map((option) => (
          <button
            key={option.label}
            type="button"
            aria-pressed={option.value === value}
            onClick={() => onChange(option.value)}
            className={cn(
              'rounded-full border px-3 py-1.5 text-sm transition-colors focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:ring-offset-1',
              option.value === value
                ? 'border-brand-700 bg-brand-700 text-white'
                : 'border-stone-300 bg-white text-stone-700 hover:border-brand-400',
            )}
          >
            {option.label}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
