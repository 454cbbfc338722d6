import { ShieldCheck } from 'lucide-react';
import { Link } from 'react-router-dom';

const promises = [
  'Your health logs are yours. We never sell them or share them with advertisers.',
  'Sessions are protected by short-lived tokens and an HttpOnly cookie that scripts cannot read.',
  'Only you see your symptom history. Community posts show your name, never your health data.',
  'You can ask us for a copy of your data, or to delete it, at any time.',
];

export function PrivacyPromise() {
  return (
    <section aria-labelledby="privacy-heading" className="mx-auto max-w-6xl px-4 py-14 sm:px-6">
      <div className="rounded-2xl bg-brand-900 p-6 text-white sm:p-10">
        <div className="flex items-center gap-3">
          <ShieldCheck className="h-7 w-7 text-brand-200" aria-hidden="true" />
          <h2 id="privacy-heading" className="text-2xl font-semibold tracking-tight">
            Our privacy promise
          </h2>
        </div>
        <ul className="mt-6 grid gap-4 sm:grid-cols-2">
          {promises.map((promise) => (
            <li key={promise} className="rounded-xl bg-white/10 p-4 text-brand-50">
              {promise}
            </li>
          ))}
        </ul>
        <p className="mt-6 text-brand-100">
          Read the details in our{' '}
          <Link to="/privacy" className="font-medium text-white underline">
            privacy policy
          </Link>
          .
        </p>
      </div>
    </section>
  );
}
