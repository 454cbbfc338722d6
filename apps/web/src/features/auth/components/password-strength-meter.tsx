import { cn } from '@/lib/cn';
import type { PasswordStrength } from '../password-strength';

const barColours = ['bg-stone-200', 'bg-red-600', 'bg-amber-500', 'bg-brand-600'] as const;

export function PasswordStrengthMeter({ strength }: { strength: PasswordStrength }) {
  return (
    <span className="block">
      <span aria-hidden="true" className="mb-1.5 flex gap-1">
        {[1, 2, 3].map((step) => (
          <span
            key={step}
            className={cn(
              'h-1.5 flex-1 rounded-full',
              strength.score >= step ? barColours[strength.score] : 'bg-stone-200',
            )}
          />
        ))}
      </span>
      <span aria-live="polite">
        {strength.label && <span className="font-medium text-stone-800">{strength.label}. </span>}
        {strength.hint}
      </span>
    </span>
  );
}
