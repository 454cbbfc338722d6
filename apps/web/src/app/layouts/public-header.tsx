import { Link } from 'react-router-dom';
import { buttonClasses } from '@/components/button';
import { Logo } from '@/components/logo';
import { useAuth } from '@/features/auth';

export function PublicHeader() {
  const { status } = useAuth();
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex h-16 max-w-6xl items-center justify-between gap-3 px-4 sm:px-6">
        <Logo />
        <nav aria-label="Account" className="flex items-center gap-2">
          {status === 'authenticated' ? (
            <Link to="/dashboard" className={buttonClasses('primary', 'sm')}>
              Go to dashboard
            </Link>
          ) : (
            <>
              <Link to="/login" className={buttonClasses('ghost', 'sm')}>
                Log in
              </Link>
              <Link to="/signup" className={buttonClasses('primary', 'sm')}>
                Sign up
              </Link>
            </>
          )}
        </nav>
      </div>
    </header>
  );
}
