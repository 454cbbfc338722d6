import {
  forwardRef,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
  useId,
} from 'react';
import { cn } from '@/lib/cn';

interface FieldChrome {
  label: ReactNode;
  error?: string | undefined;
  hint?: ReactNode;
}

const control =
  'block w-full rounded-lg border bg-white px-3 py-2 text-base text-stone-900 shadow-sm sm:text-sm ' +
  'placeholder:text-stone-500 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600 ' +
  'disabled:bg-stone-100 disabled:text-stone-500';

function useFieldIds(id: string | undefined, hint: ReactNode, error: string | undefined) {
  const generated = useId();
  const fieldId = id ?? generated;
  const hintId = hint ? `${fieldId}-hint` : undefined;
  const errorId = error ? `${fieldId}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return { fieldId, hintId, errorId, describedBy };
}

function FieldFrame(
  props: FieldChrome & { fieldId: string; hintId?: string; errorId?: string; children: ReactNode },
) {
  return (
    <div className="space-y-1.5">
      <label htmlFor={props.fieldId} className="block text-sm font-medium text-stone-800">
        {props.label}
      </label>
      {props.children}
      {props.hint && (
        <p id={props.hintId} className="text-sm text-stone-600">
          {props.hint}
        </p>
      )}
      {props.error && (
        <p id={props.errorId} className="text-sm font-medium text-red-700">
          {props.error}
        </p>
      )}
    </div>
  );
}

function borderFor(error: string | undefined) {
  return error ? 'border-red-600' : 'border-stone-300';
}

/** What every field's control carries: its id, whether it is invalid, what describes it, its look. */
function controlProps(ids: ReturnType<typeof useFieldIds>, error: string | undefined, className?: string) {
  return {
    id: ids.fieldId,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': ids.describedBy,
    className: cn(control, borderFor(error), className),
  };
}

export type TextFieldProps = FieldChrome & InputHTMLAttributes<HTMLInputElement>;

export const TextField = forwardRef<HTMLInputElement, TextFieldProps>(function TextField(
  { label, error, hint, id, className, ...props },
  ref,
) {
  const ids = useFieldIds(id, hint, error);
  return (
    <FieldFrame label={label} error={error} hint={hint} {...ids}>
      <input ref={ref} {...controlProps(ids, error, className)} {...props} />
    </FieldFrame>
  );
});

export type TextAreaFieldProps = FieldChrome & TextareaHTMLAttributes<HTMLTextAreaElement>;

export const TextAreaField = forwardRef<HTMLTextAreaElement, TextAreaFieldProps>(function TextAreaField(
  { label, error, hint, id, className, rows = 4, ...props },
  ref,
) {
  const ids = useFieldIds(id, hint, error);
  return (
    <FieldFrame label={label} error={error} hint={hint} {...ids}>
      <textarea ref={ref} rows={rows} {...controlProps(ids, error, className)} {...props} />
    </FieldFrame>
  );
});

export type SelectFieldProps = FieldChrome & SelectHTMLAttributes<HTMLSelectElement>;

export const SelectField = forwardRef<HTMLSelectElement, SelectFieldProps>(function SelectField(
  { label, error, hint, id, className, children, ...props },
  ref,
) {
  const ids = useFieldIds(id, hint, error);
  return (
    <FieldFrame label={label} error={error} hint={hint} {...ids}>
      <select ref={ref} {...controlProps(ids, error, className)} {...props}>
        {children}
      </select>
    </FieldFrame>
  );
});
