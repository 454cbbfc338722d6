import type { ReactNode } from 'react';
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
}

/** A native radio button dressed as a card: arrow keys move within the group, Space selects. */
export function ChoiceCard({
  name,
  value,
  checked,
  label,
  onSelect,
  children,
  compact = false,
}: ChoiceCardProps) {
  return (
    <label
      className={cn(
        'relative flex cursor-pointer gap-3 rounded-xl border transition-colors focus-within:ring-2 focus-within:ring-brand-600 focus-within:ring-offset-2',
        checked ? 'border-brand-600 bg-brand-50' : 'border-stone-300 bg-white hover:border-brand-400',
        compact ? 'p-3' : 'p-4',
      )}
    >
      <input
        type="radio"
        name={name}
        value={value}
        checked={checked}
        aria-label={label}
        onChange={onSelect}
        className="mt-1 h-4 w-4 shrink-0 accent-brand-700 focus:outline-none"
      />
      <span className="min-w-0 flex-1">{children}</span>
    </label>
  );
}
