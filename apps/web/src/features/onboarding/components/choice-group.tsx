import { cn } from '@/lib/cn';
import type { Option } from '../onboarding-options';

interface ChoiceGroupProps {
  legend: string;
  name: string;
  options: Option[];
  /** Checkboxes for many answers, radio buttons for one. */
  multiple: boolean;
  selected: string[];
  onChange: (selected: string[]) => void;
  error?: string | undefined;
  hint?: string;
  /** When a visible heading already asks the question, the legend is for screen readers only. */
  hideLegend?: boolean;
}

export function ChoiceGroup({
  legend,
  name,
  options,
  multiple,
  selected,
  onChange,
  error,
  hint,
  hideLegend = false,
}: ChoiceGroupProps) {
  const errorId = `${name}-error`;
  const hintId = `${name}-hint`;

  function toggle(value: string) {
    if (!multiple) return onChange([value]);
    onChange(selected.includes(value) ? selected.filter((item) => item !== value) : [...selected, value]);
  }

  return (
    <fieldset aria-describedby={[hint ? hintId : '', error ? errorId : ''].join(' ').trim() || undefined}>
      <legend className={hideLegend ? 'sr-only' : 'text-base font-semibold text-stone-900'}>{legend}</legend>
      {hint && (
        <p id={hintId} className="mt-1 text-sm text-stone-600">
          {hint}
        </p>
      )}
      <div className="mt-4 grid gap-2 sm:grid-cols-2">
        {options.map((option) => {
          const isChecked = selected.includes(option.value);
          return (
            <label
              key={option.value}
              className={cn(
                'flex cursor-pointer items-start gap-3 rounded-lg border px-3 py-3 text-sm transition-colors',
                'focus-within:ring-2 focus-within:ring-brand-600',
                isChecked
                  ? 'border-brand-600 bg-brand-50 text-brand-900'
                  : 'border-stone-300 bg-white text-stone-800 hover:bg-stone-50',
              )}
            >
              <input
                type={multiple ? 'checkbox' : 'radio'}
                name={name}
                value={option.value}
                checked={isChecked}
                onChange={() => toggle(option.value)}
                className="mt-0.5 h-4 w-4 shrink-0 accent-brand-700 focus:outline-none"
              />
              <span>{option.label}</span>
            </label>
          );
        })}
      </div>
      {error && (
        <p id={errorId} className="mt-2 text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
