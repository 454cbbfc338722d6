import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/button';

interface CancelBookingProps {
  /** "consultation with Dr Meera Iyer on 28 Nov 2026 at 10:00", for the accessible names. */
  subject: string;
  onConfirm: () => Promise<unknown>;
}

/** Cancel in two steps inline: the first press asks, the second cancels; "Keep booking" backs out. */
export function CancelBooking({ subject, onConfirm }: CancelBookingProps) {
  const [isAsking, setIsAsking] = useState(false);
  const [isCancelling, setIsCancelling] = useState(false);
  const keepRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (isAsking) keepRef.current?.focus();
  }, [isAsking]);

  if (!isAsking) {
    return (
      <Button
        variant="secondary"
        size="sm"
        aria-label={`Cancel ${subject}`}
        onClick={() => setIsAsking(true)}
      >
        Cancel
      </Button>
    );
  }
  return (
    <fieldset aria-label={`Cancel ${subject}?`} className="flex min-w-0 flex-wrap items-center gap-2">
      <legend className="float-left text-sm text-stone-700">Cancel this consultation?</legend>
      <Button
        variant="danger"
        size="sm"
        loading={isCancelling}
        onClick={async () => {
          setIsCancelling(true);
          await onConfirm();
          setIsCancelling(false);
          setIsAsking(false);
        }}
      >
        Yes, cancel
      </Button>
      <Button
        ref={keepRef}
        variant="secondary"
        size="sm"
        disabled={isCancelling}
        onClick={() => setIsAsking(false)}
      >
        Keep booking
      </Button>
    </fieldset>
  );
}
