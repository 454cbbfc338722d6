import { Link } from 'react-router-dom';
import { buttonClasses } from '@/components/button';
import { useAuth } from '@/features/auth';

export function Hero() {
  const { status } = useAuth();
  return (
    <section className="bg-gradient-to-b from-brand-50 via-white to-stone-50">
      <div className="mx-auto grid max-w-6xl gap-10 px-4 py-14 sm:px-6 sm:py-20 lg:grid-cols-2 lg:items-center">
        <div>
          <p className="text-sm font-semibold uppercase tracking-wide text-plum-700">
            Hormonal health, made clearer
          </p>
          <h1 className="mt-3 text-4xl font-semibold tracking-tight text-stone-900 sm:text-5xl">
            Make sense of your symptoms, one day at a time.
          </h1>
          <p className="mt-5 text-lg text-stone-700">
            HormoHelp is a private space to log how you feel, see patterns across your cycle, learn from clear
            articles, talk to experts and find people who understand. Built for PCOS, thyroid conditions,
            endometriosis, perimenopause and menopause, and PMS.
          </p>
          <div className="mt-8 flex flex-wrap gap-3">
            {status === 'authenticated' ? (
              <Link to="/dashboard" className={buttonClasses('primary', 'lg')}>
                Go to your dashboard
              </Link>
            ) : (
              <>
                <Link to="/signup" className={buttonClasses('primary', 'lg')}>
                  Start tracking for free
                </Link>
                <Link to="/login" className={buttonClasses('secondary', 'lg')}>
                  Log in
                </Link>
              </>
            )}
          </div>
          <p className="mt-4 text-sm text-stone-600">
            No ads. No selling of data. Delete your account whenever you like.
          </p>
        </div>
        <HeroPreview />
      </div>
    </section>
  );
}

const preview = [
  { label: 'Energy', value: 7, colour: 'bg-brand-500' },
  { label: 'Mood', value: 6, colour: 'bg-plum-500' },
  { label: 'Sleep', value: 8, colour: 'bg-brand-300' },
  { label: 'Cramps', value: 3, colour: 'bg-amber-400' },
];

/** A static illustration of a day's log, drawn with plain elements so the home page stays light. */
function HeroPreview() {
  return (
    <div
      aria-hidden="true"
      className="mx-auto w-full max-w-md rounded-2xl border border-stone-200 bg-white p-6 shadow-md"
    >
      <div className="flex items-center justify-between">
        <p className="font-semibold text-stone-900">Today</p>
        <p className="rounded-full bg-brand-50 px-3 py-1 text-xs font-medium text-brand-800">
          Day 12 of your cycle
        </p>
      </div>
      <ul className="mt-6 space-y-4">
        {preview.map((row) => (
          <li key={row.label}>
            <div className="flex justify-between text-sm text-stone-700">
              <span>{row.label}</span>
              <span className="font-medium">{row.value}/10</span>
            </div>
            <div className="mt-1.5 h-2 rounded-full bg-stone-100">
              <div className={`h-2 rounded-full ${row.colour}`} style={{ width: `${row.value * 10}%` }} />
            </div>
          </li>
        ))}
      </ul>
      <div className="mt-6 flex flex-wrap gap-2">
        {['Bloating', 'Headache', 'Cravings'].map((chip) => (
          <span
            key={chip}
            className="rounded-full border border-plum-200 bg-plum-50 px-3 py-1 text-xs text-plum-800"
          >
            {chip}
          </span>
        ))}
      </div>
      <p className="mt-6 rounded-lg bg-stone-50 p-3 text-sm text-stone-700">
        5-day logging streak. Your energy has been higher on days you slept 7+ hours.
      </p>
    </div>
  );
}
