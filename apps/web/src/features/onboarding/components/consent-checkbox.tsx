import { forwardRef, type InputHTMLAttributes } from 'react';
import { Link } from 'react-router-dom';

type ConsentCheckboxProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> & {
  error?: string | undefined;
};

/** Explicit consent to store health data (GDPR Art. 9, DPDP Act s. 6): never pre-ticked. */
export const ConsentCheckbox = forwardRef<HTMLInputElement, ConsentCheckboxProps>(function ConsentCheckbox(
  { error, ...input },
  ref,
) {
  return (
    <div className="rounded-lg border border-stone-200 bg-stone-50 p-4">
      <label className="flex cursor-pointer items-start gap-3 text-sm text-stone-800">
        <input
          ref={ref}
          type="checkbox"
          {...input}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'health-data-consent-error' : undefined}
          className="mt-0.5 h-4 w-4 shrink-0 accent-brand-700"
        />
        <span>
          I agree that HormoHelp stores the health information I give it (these answers and my symptom logs)
          to run my tracker and dashboard. Only I can see it, and I can withdraw this consent or delete my
          data at any time.
        </span>
      </label>
      <p className="mt-2 pl-7 text-sm text-stone-600">
        Read how we protect it in our{' '}
        <Link
          to="/privacy"
          target="_blank"
          className="font-medium text-brand-700 underline hover:text-brand-800"
        >
          privacy policy
        </Link>
        .
      </p>
      {error && (
        <p id="health-data-consent-error" className="mt-2 pl-7 text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </div>
  );
});
