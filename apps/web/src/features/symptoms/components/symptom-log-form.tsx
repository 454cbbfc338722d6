import type { SymptomLog } from '@hormohelp/contracts';
import { memo, useEffect, useRef, useState } from 'react';
import { Card } from '@/components/card';
import { EditLogForm } from './edit-log-form';
import { NewLogForm } from './new-log-form';

/** A save's confirmation; each save counts, so saying the same words twice still takes the focus. */
interface Confirmation {
  message: string;
  count: number;
}

interface SymptomLogFormProps {
  /** The log whose Edit was chosen in the history, or null to log a day. */
  editing?: SymptomLog | null;
  /** The edit is saved or cancelled: the form goes back to logging a day. */
  onEditDone?: () => void;
  /** A save was refused for want of consent to store health data. */
  onConsentMissing?: () => void;
  /** The form takes the focus when it appears (after consent was given in its place). */
  focusOnMount?: boolean;
}

/**
 * The tracker's form: a day's log, or the edit of one from the history. After a save, the focus goes
 * to the confirmation, which says whether the day was saved new or updated. Memoized: the history
 * beside it loads and changes without rendering the form again.
 */
export const SymptomLogForm = memo(function SymptomLogForm({
  editing = null,
  onEditDone,
  onConsentMissing,
  focusOnMount = false,
}: SymptomLogFormProps) {
  const [confirmation, setConfirmation] = useState<Confirmation | null>(null);
  const [focusNewForm, setFocusNewForm] = useState(focusOnMount);
  const statusRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (confirmation) statusRef.current?.focus();
  }, [confirmation]);

  function confirm(message: string) {
    setConfirmation((current) => ({ message, count: (current?.count ?? 0) + 1 }));
  }

  function finishEdit(message: string | null) {
    // After a save the focus goes to the confirmation; after a cancel, back to the day's form.
    setFocusNewForm(message === null);
    if (message === null) setConfirmation(null);
    else confirm(message);
    onEditDone?.();
  }

  return (
    <Card>
      {editing ? (
        <EditLogForm
          key={editing.id}
          log={editing}
          onSaved={finishEdit}
          onCancel={() => finishEdit(null)}
          onConsentMissing={onConsentMissing}
        />
      ) : (
        <NewLogForm focusOnMount={focusNewForm} onSaved={confirm} onConsentMissing={onConsentMissing} />
      )}
      <p
        ref={statusRef}
        role="status"
        tabIndex={-1}
        className="mt-4 text-sm font-medium text-brand-800 empty:hidden focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500"
      >
        {confirmation && !editing ? confirmation.message : null}
      </p>
    </Card>
  );
});
