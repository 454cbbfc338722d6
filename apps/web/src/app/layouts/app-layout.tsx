import { QueryClientProvider } from '@tanstack/react-query';
import toast from 'react-hot-toast';
import { Outlet } from 'react-router-dom';
import { DashboardNav } from '@/components/dashboard-nav';
import { EmailVerificationBanner, useAuth } from '@/features/auth';
import { appQueryClient } from '@/lib/query-client';
import { SkipLink } from './skip-link';

/**
 * The signed-in app: navigation, the verification banner, and the page's own content in <main>,
 * over the app's query cache.
 */
export default function AppLayout() {
  const { user, logout } = useAuth();
  if (!user) return null;

  async function handleLogout() {
    // Logging out ends the session; ProtectedRoute then takes the person to the home page.
    await logout();
    toast.success('You are logged out.');
  }

  return (
    <QueryClientProvider client={appQueryClient}>
      <div className="flex min-h-screen flex-col">
        <SkipLink />
        <DashboardNav user={user} onLogout={handleLogout} />
        <EmailVerificationBanner />
        <main
          id="main"
          tabIndex={-1}
          className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 focus:outline-none sm:px-6 sm:py-8"
        >
          <Outlet />
        </main>
      </div>
    </QueryClientProvider>
  );
}
