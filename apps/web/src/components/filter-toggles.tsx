import { cn } from '@/lib/cn';

interface FilterTogglesProps {
  /** What the group filters by, for screen readers: "Filter by topic". */
  legend: string;
  /** The first toggle, which shows everything: "All topics". */
  allLabel: string;
  options: readonly string[];
  /** The chosen option, or null for everything. */
  value: string | null;
  onChange: (value: string | null) => void;
}

/**
 * A list filter as a row of pressed toggles, one pressed at a time, the first showing everything.
 * Native buttons with `aria-pressed` in a fieldset: each is reached with Tab and pressed with Enter
 * or Space, and a screen reader hears the group's name and which one is on. The row wraps on a
 * phone instead of scrolling sideways.
 */
export function FilterToggles({ legend, allLabel, options, value, onChange }: FilterTogglesProps) {
  const choices = [
    { label: allLabel, value: null },
    ...options.map((option) => ({ label: option, value: option })),
  ];
  return (
    <fieldset className="min-w-0">
      <legend className="sr-only">{legend}</legend>
      <div className="flex flex-wrap gap-2">
        {choices.map((choice) => {
          const isPressed = choice.value === value;
          return (
            <button
              key={choice.label}
              type="button"
              aria-pressed={isPressed}
              onClick={() => onChange(choice.value)}
              className={cn(
                'rounded-full border px-3 py-1.5 text-sm transition-colors focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:ring-offset-1',
                isPressed
                  ? 'border-brand-700 bg-brand-700 text-white'
                  : 'border-stone-300 bg-white text-stone-700 hover:border-brand-400',
              )}
            >
              {choice.label}
            </button>
          );
        })}
      </div>
    </fieldset>
  );
}
