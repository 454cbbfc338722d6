import { Button } from '@/components/button';

interface WizardNavProps {
  isFirst: boolean;
  isLast: boolean;
  isSubmitting: boolean;
  onBack: () => void;
  onNext: () => void;
  onConfirm: () => void;
}

/** Back on the left, Continue (or Confirm booking on the last step) on the right. */
export function WizardNav({ isFirst, isLast, isSubmitting, onBack, onNext, onConfirm }: WizardNavProps) {
  return (
    <div className="flex flex-wrap justify-between gap-3">
      {isFirst ? (
        <span />
      ) : (
        <Button variant="secondary" onClick={onBack} disabled={isSubmitting}>
          Back
        </Button>
      )}
      {isLast ? (
        <Button onClick={onConfirm} loading={isSubmitting}>
          Confirm booking
        </Button>
      ) : (
        <Button onClick={onNext}>Continue</Button>
      )}
    </div>
  );
}
