import userEvent from '@testing-library/user-event';
import { Link, MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { tokenStore } from '@/lib/token-store';
import { installFakeBackend, makeToken, makeUser } from '@/test/fake-backend';
import { render, screen } from '@/test/render';
import { LocationProbe } from '@/test/render-with-auth';
import { AuthProvider } from './auth-provider';
import { ProtectedRoute } from './protected-route';
import { useAuth } from './use-auth';

function AccountPage() {
  const { logout } = useAuth();
  return (
    <button type="button" onClick={() => logout()}>
      Log out
    </button>
  );
}

describe('ProtectedRoute after a logout', () => {
  let backend: ReturnType<typeof installFakeBackend>;
  afterEach(() => {
    backend.restore();
    tokenStore.clear();
  });

  it('goes home right after logging out, and asks to log in when a protected page is opened later', async () => {
    backend = installFakeBackend({
      'POST /auth/refresh': () => ({ status: 200, data: { accessToken: makeToken('t'), user: makeUser() } }),
      'POST /auth/logout': () => ({ status: 204 }),
    });
    render(
      <MemoryRouter
        initialEntries={['/account']}
        future={{ v7_startTransition: true, v7_relativeSplatPath: true }}
      >
        <AuthProvider>
          <Link to="/account">Open account</Link>
          <LocationProbe />
          <Routes>
            <Route path="/" element={<h1>Home</h1>} />
            <Route path="/login" element={<h1>Log in page</h1>} />
            <Route element={<ProtectedRoute />}>
              <Route path="/account" element={<AccountPage />} />
            </Route>
          </Routes>
        </AuthProvider>
      </MemoryRouter>,
    );
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Log out' }));
    expect(await screen.findByRole('heading', { name: 'Home' })).toBeInTheDocument();
    expect(backend.callsTo('POST', '/auth/logout')).toHaveLength(1);

    await user.click(screen.getByRole('link', { name: 'Open account' }));
    expect(await screen.findByRole('heading', { name: 'Log in page' })).toBeInTheDocument();
    expect(screen.getByTestId('location-state')).toHaveTextContent('{"from":"/account"}');
  });
});
