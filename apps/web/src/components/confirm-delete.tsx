import { Trash2 } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/button';

interface ConfirmDeleteProps {
  /** What is being deleted, for the accessible names: "post Hot flashes at night", "log for 27 Nov 2026". */
  subject: string;
  /** The question shown beside the two choices. */
  question: string;
  onConfirm: () => void;
}

/** Delete in two steps inline: the first press asks, the second deletes; Keep or Escape backs out. */
export function ConfirmDelete({ subject, question, onConfirm }: ConfirmDeleteProps) {
  const [isAsking, setIsAsking] = useState(false);
  const keepRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (isAsking) keepRef.current?.focus();
    else if (wasAsking.current) deleteRef.current?.focus();
    wasAsking.current = isAsking;
  }, [isAsking]);

  if (!isAsking) {
    return (
      <Button
        ref={deleteRef}
        variant="ghost"
        size="sm"
        aria-label={`Delete ${subject}`}
        onClick={() => setIsAsking(true)}
      >
        <Trash2 className="h-4 w-4" aria-hidden="true" />
        Delete
      </Button>
    );
  }
  return (
    <fieldset
      aria-label={`Delete ${subject}?`}
      className="flex min-w-0 flex-wrap items-center gap-2"
      onKeyDown={(event) => event.key === 'Escape' && setIsAsking(false)}
    >
      <legend className="float-left text-sm text-stone-700">{question}</legend>
      <Button variant="danger" size="sm" onClick={onConfirm}>
        Yes, delete
      </Button>
      <Button ref={keepRef} variant="secondary" size="sm" onClick={() => setIsAsking(false)}>
        Keep
      </Button>
    </fieldset>
  );
}
