import userEvent from '@testing-library/user-event';
import { Toaster } from 'react-hot-toast';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { AuthProvider } from '@/features/auth';
import { tokenStore } from '@/lib/token-store';
import { installFakeBackend, makeToken, makeUser, unauthorized } from '@/test/fake-backend';
import { render, screen, waitFor, within } from '@/test/render';
import { AppRoutes } from './routes';

function renderApp(at: string) {
  return render(
    <MemoryRouter initialEntries={[at]} future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
      <AuthProvider>
        <AppRoutes />
        <Toaster />
      </AuthProvider>
    </MemoryRouter>,
  );
}

const signedIn = (user = makeUser()) => ({
  'POST /auth/refresh': () => ({ status: 200, data: { accessToken: makeToken('t'), user } }),
});

describe('the app routes', () => {
  let backend: ReturnType<typeof installFakeBackend>;
  afterEach(() => {
    backend.restore();
    tokenStore.clear();
  });

  it('serves the home page at / with calls to sign up and log in', async () => {
    backend = installFakeBackend({ 'POST /auth/refresh': () => unauthorized });
    renderApp('/');
    expect(
      await screen.findByRole('heading', { level: 1, name: /Make sense of your symptoms/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Start tracking for free' })).toHaveAttribute('href', '/signup');
    // The title is set by an effect, which may run just after the heading is on screen.
    await waitFor(() => expect(document.title).toBe('Understand and track your hormonal health · HormoHelp'));
  });

  it('sends an anonymous visitor of a protected page to the lazy-loaded login page', async () => {
    backend = installFakeBackend({ 'POST /auth/refresh': () => unauthorized });
    renderApp('/education');
    expect(await screen.findByRole('heading', { name: 'Welcome back' })).toBeInTheDocument();
  });

  it('answers an unknown address with the not-found page', async () => {
    backend = installFakeBackend({ 'POST /auth/refresh': () => unauthorized });
    renderApp('/no/such/page');
    expect(await screen.findByRole('heading', { name: 'We could not find that page' })).toBeInTheDocument();
  });

  it('while the email is unverified, shows a banner whose button resends the email and reports the result', async () => {
    let resentTo: unknown;
    backend = installFakeBackend({
      ...signedIn(makeUser({ emailVerified: false })),
      'POST /auth/resend-verification': (_call, body) => {
        resentTo = body;
        return { status: 202, data: { message: 'If your account needs it, a new link is on its way.' } };
      },
    });
    renderApp('/education');

    const banner = await screen.findByRole('region', { name: 'Email verification' });
    await userEvent.click(within(banner).getByRole('button', { name: 'Resend email' }));

    expect(
      await screen.findByText('If your account needs it, a new link is on its way.'),
    ).toBeInTheDocument();
    expect(resentTo).toEqual({ email: 'asha@example.com' });
  });

  it('shows no banner for a verified user', async () => {
    backend = installFakeBackend(signedIn());
    renderApp('/education');
    await screen.findByRole('heading', { name: 'Education library' });
    expect(screen.queryByRole('region', { name: 'Email verification' })).not.toBeInTheDocument();
  });

  it('logs out from the account menu: revokes the session and returns to the home page', async () => {
    backend = installFakeBackend({ ...signedIn(), 'POST /auth/logout': () => ({ status: 204 }) });
    renderApp('/education');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: /Account menu for Asha Rao/ }));
    const logOutButtons = screen.getAllByRole('button', { name: 'Log out' });
    await user.click(logOutButtons[0]!);

    expect(
      await screen.findByRole('heading', { level: 1, name: /Make sense of your symptoms/ }),
    ).toBeInTheDocument();
    expect(backend.callsTo('POST', '/auth/logout')).toHaveLength(1);
    expect(tokenStore.get()).toBeNull();
    expect(screen.getAllByRole('link', { name: 'Log in' }).length).toBeGreaterThan(0);
    expect(await screen.findByText('You are logged out.')).toBeInTheDocument();
  });

  it('opens and closes the mobile menu with the keyboard', async () => {
    backend = installFakeBackend(signedIn());
    renderApp('/education');
    const user = userEvent.setup();
    const menuButton = await screen.findByRole('button', { name: 'Open menu' });
    expect(menuButton).toHaveAttribute('aria-expanded', 'false');

    menuButton.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Close menu' })).toHaveAttribute('aria-expanded', 'true');
    const mobileNav = screen.getByRole('navigation', { name: 'Main (mobile)' });
    expect(within(mobileNav).getByRole('link', { name: 'Shop' })).toHaveAttribute('href', '/shop');

    await user.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: 'Open menu' })).toHaveAttribute('aria-expanded', 'false');
  });
});
