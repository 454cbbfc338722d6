import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { AppShellSkeleton } from '@/components/app-shell-skeleton';
import { PageSkeleton } from '@/components/page-skeleton';
import { useAuth } from './use-auth';

/** Pages that need a session: a skeleton while it is restored, the login page (then back) without one. */
export function ProtectedRoute({ children }: { children?: ReactNode }) {
  const { status, hasLoggedOut } = useAuth();
  const location = useLocation();
  if (status === 'loading')
    return location.pathname === '/onboarding' ? <PageSkeleton /> : <AppShellSkeleton />;
  if (status === 'anonymous' && hasLoggedOut) return <Navigate to="/" replace />;
  if (status === 'anonymous') {
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  }
  return children ? children : <Outlet />;
}
