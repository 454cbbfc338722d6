import type { FieldValues, UseFormReturn } from 'react-hook-form';
import toast from 'react-hot-toast';
import { getErrorCode, getErrorMessage } from '@/lib/api-client';
import { showServerFieldErrors } from '@/lib/forms/show-server-field-errors';

/**
 * Why a log was not saved: consent to health data is missing (the page then asks for it), a field's
 * problem beside that field, or anything else in a toast. What was entered stays to try again.
 */
export function showSaveError<Values extends FieldValues, Output extends FieldValues>(
  form: UseFormReturn<Values, unknown, Output>,
  error: unknown,
  onConsentMissing: (() => void) | undefined,
): void {
  if (getErrorCode(error) === 'consent_required' && onConsentMissing) {
    onConsentMissing();
    return;
  }
  if (!showServerFieldErrors(form, error)) toast.error(getErrorMessage(error));
}
