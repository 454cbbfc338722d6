import { cn } from '@/lib/cn';

export function StepProgress({ steps, current }: { steps: readonly string[]; current: number }) {
  return (
    <ol className="flex gap-2" aria-label="Progress">
      {steps.map((step, index) => (
        <li key={step} className="flex-1" aria-current={index === current ? 'step' : undefined}>
          <span
            className={cn('block h-1.5 rounded-full', index <= current ? 'bg-brand-600' : 'bg-stone-200')}
          />
          <span
            className={cn(
              'mt-2 hidden text-xs sm:block',
              index === current ? 'font-semibold text-brand-800' : 'text-stone-600',
            )}
          >
            {step}
          </span>
        </li>
      ))}
    </ol>
  );
}
