import { Compass } from 'lucide-react';
import { Link } from 'react-router-dom';
import { buttonClasses } from '@/components/button';
import { useAuth } from '@/features/auth';
import { useDocumentTitle } from '@/lib/use-document-title';

export default function NotFoundPage() {
  useDocumentTitle('Page not found');
  const { status } = useAuth();
  return (
    <div className="mx-auto flex max-w-xl flex-col items-center px-6 py-20 text-center">
      <span className="flex h-14 w-14 items-center justify-center rounded-full bg-plum-50 text-plum-700">
        <Compass className="h-7 w-7" aria-hidden="true" />
      </span>
      <p className="mt-6 text-sm font-semibold uppercase tracking-wide text-plum-700">Error 404</p>
      <h1 className="mt-2 text-3xl font-semibold tracking-tight text-stone-900">
        We could not find that page
      </h1>
      <p className="mt-3 text-stone-600">
        The link may be mistyped, or the page may have moved. Nothing you saved has been lost.
      </p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        {status === 'authenticated' ? (
          <Link to="/dashboard" className={buttonClasses('primary')}>
            Go to your dashboard
          </Link>
        ) : (
          <Link to="/" className={buttonClasses('primary')}>
            Go to the home page
          </Link>
        )}
        <Link to="/education" className={buttonClasses('secondary')}>
          Browse the library
        </Link>
      </div>
    </div>
  );
}
