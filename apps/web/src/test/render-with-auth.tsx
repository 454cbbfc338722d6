import type { QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { AuthProvider, ProtectedRoute, useAuth } from '@/features/auth';
import { render } from './render';

/** Shows where the router is and what state it carries, so tests can assert redirects. */
export function LocationProbe() {
  const location = useLocation();
  return (
    <div>
      <p data-testid="pathname">{location.pathname}</p>
      <p data-testid="location-state">{JSON.stringify(location.state)}</p>
    </div>
  );
}

export function SessionProbe() {
  const { status, user } = useAuth();
  return (
    <p data-testid="session">
      {status}:{user?.name ?? 'nobody'}
    </p>
  );
}

/** The real AuthProvider and ProtectedRoute in a memory router, with `protectedPage` at /dashboard. */
export function renderWithAuth(options: {
  at: string | { pathname: string; state?: unknown };
  protectedPage?: ReactNode;
  loginPage?: ReactNode;
  extraRoutes?: ReactNode;
  /** The cache the pages read through; a fresh one per render unless given. */
  queryClient?: QueryClient;
}) {
  return render(
    <MemoryRouter
      initialEntries={[options.at]}
      future={{ v7_startTransition: true, v7_relativeSplatPath: true }}
    >
      <AuthProvider>
        <SessionProbe />
        <LocationProbe />
        <Routes>
          <Route path="/" element={<h1>Home</h1>} />
          <Route path="/login" element={options.loginPage ?? <h1>Log in page</h1>} />
          <Route path="/onboarding" element={<h1>Onboarding</h1>} />
          <Route element={<ProtectedRoute />}>
            <Route path="/dashboard" element={options.protectedPage ?? <h1>Dashboard</h1>} />
          </Route>
          {options.extraRoutes}
        </Routes>
      </AuthProvider>
    </MemoryRouter>,
    { queryClient: options.queryClient },
  );
}
