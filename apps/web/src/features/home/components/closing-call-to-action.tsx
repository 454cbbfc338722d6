import { Link } from 'react-router-dom';
import { buttonClasses } from '@/components/button';
import { useAuth } from '@/features/auth';

export function ClosingCallToAction() {
  const { status } = useAuth();
  if (status === 'authenticated') return null;
  return (
    <section aria-labelledby="cta-heading" className="mx-auto max-w-3xl px-4 pb-16 pt-4 text-center sm:px-6">
      <h2 id="cta-heading" className="text-2xl font-semibold tracking-tight text-stone-900 sm:text-3xl">
        Start noticing your patterns today
      </h2>
      <p className="mt-3 text-stone-700">
        Create a free account in a minute. HormoHelp offers general information and tracking tools; it does
        not replace your doctor.
      </p>
      <div className="mt-6 flex flex-wrap justify-center gap-3">
        <Link to="/signup" className={buttonClasses('primary', 'lg')}>
          Create a free account
        </Link>
        <Link to="/login" className={buttonClasses('secondary', 'lg')}>
          I already have an account
        </Link>
      </div>
    </section>
  );
}
