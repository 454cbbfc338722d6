import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Logo } from '@/components/logo';

interface AuthLayoutProps {
  title: string;
  description?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
}

/** The frame of the sign-in pages: a single focused card on a calm background. */
export function AuthLayout({ title, description, children, footer }: AuthLayoutProps) {
  return (
    <div className="flex min-h-screen flex-col bg-gradient-to-b from-brand-50 to-stone-50">
      <header className="mx-auto w-full max-w-6xl px-4 py-5 sm:px-6">
        <Logo />
      </header>
      <main
        id="main"
        tabIndex={-1}
        className="flex flex-1 items-start justify-center px-4 pb-16 pt-4 focus:outline-none sm:pt-10"
      >
        <div className="w-full max-w-md">
          <div className="rounded-xl border border-stone-200 bg-white p-6 shadow-sm sm:p-8">
            <h1 className="text-2xl font-semibold tracking-tight text-stone-900">{title}</h1>
            {description && <div className="mt-2 text-stone-600">{description}</div>}
            <div className="mt-6">{children}</div>
          </div>
          {footer && <div className="mt-6 text-center text-sm text-stone-700">{footer}</div>}
          <p className="mt-8 text-center text-xs text-stone-600">
            <Link to="/privacy" className="underline hover:text-brand-800">
              Privacy policy
            </Link>
            {' · '}
            <Link to="/terms" className="underline hover:text-brand-800">
              Terms of service
            </Link>
          </p>
        </div>
      </main>
    </div>
  );
}
