import { cn } from '@/lib/cn';

export const WIZARD_STEPS = ['Expert', 'Type', 'Time', 'Notes', 'Review'] as const;

/** Where the person is in the wizard; the current step is marked for screen readers too. */
export function WizardProgress({ current }: { current: number }) {
  return (
    <ol className="flex flex-wrap gap-x-4 gap-y-2 text-sm" aria-label="Booking steps">
      {WIZARD_STEPS.map((label, index) => (
        <li
          key={label}
          aria-current={index === current ? 'step' : undefined}
          className={cn(
            'flex items-center gap-2',
            index === current
              ? 'font-semibold text-brand-800'
              : index < current
                ? 'text-stone-700'
                : 'text-stone-500',
          )}
        >
          <span
            aria-hidden="true"
            className={cn(
              'flex h-6 w-6 items-center justify-center rounded-full text-xs',
              index <= current ? 'bg-brand-700 text-white' : 'bg-stone-200 text-stone-700',
            )}
          >
            {index + 1}
          </span>
          {label}
        </li>
      ))}
    </ol>
  );
}
