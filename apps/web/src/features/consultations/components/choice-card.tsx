import { forwardRef, type ReactNode } from 'react';
import { cn } from '@/lib/cn';

interface ChoiceCardProps {
  name: string;
  value: string;
  checked: boolean;
  /** The radio's accessible name; the visible content may say more. */
  label: string;
  onSelect: () => void;
  children: ReactNode;
  compact?: boolean;
  /** Set while the group's choice is missing: the radio is then invalid, described by the problem. */
  errorId?: string | undefined;
}

/**
 * A native radio button dressed as a card: arrow keys move within the group, Space selects. The ref
 * is the radio's, so a form can focus the group when its choice is missing.
 */
export const ChoiceCard = forwardRef<HTMLInputElement, ChoiceCardProps>(function ChoiceCard(
  { name, value, checked, label, onSelect, children, compact = false, errorId },
  ref,
) {
  return (
    <label
      className={cn(
        'relative flex cursor-pointer gap-3 rounded-xl border transition-colors focus-within:ring-2 focus-within:ring-brand-600 focus-within:ring-offset-2',
        checked ? 'border-brand-600 bg-brand-50' : 'border-stone-300 bg-white hover:border-brand-400',
        compact ? 'p-3' : 'p-4',
      )}
    >
      <input
        ref={ref}
        type="radio"
        name={name}
        value={value}
        checked={checked}
        aria-label={label}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={errorId}
        onChange={onSelect}
        className="mt-1 h-4 w-4 shrink-0 accent-brand-700 focus:outline-none"
      />
      <span className="min-w-0 flex-1">{children}</span>
    </label>
  );
});
