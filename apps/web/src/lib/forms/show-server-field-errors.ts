import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { getFieldErrors } from '@/lib/api-errors';

/**
 * Puts the problems of a 400 `validation_error` (`details.fields`, keyed by the field's dotted path)
 * on the form's own fields, and focuses the first. A field the form does not have (a token from the
 * link) is left to the form's alert. Answers whether any field took a problem.
 */
export function showServerFieldErrors<T extends FieldValues, Output extends FieldValues>(
  form: UseFormReturn<T, unknown, Output>,
  error: unknown,
): boolean {
  const problems = Object.entries(getFieldErrors(error)).filter(
    ([name]) => form.getValues(name as Path<T>) !== undefined,
  );
  problems.forEach(([name, message], index) => {
    form.setError(name as Path<T>, { type: 'server', message }, { shouldFocus: index === 0 });
  });
  return problems.length > 0;
}
