import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { AuthProvider } from '@/features/auth';
import { tokenStore } from '@/lib/token-store';
import { installFakeBackend, makeToken, makeUser, unauthorized } from '@/test/fake-backend';
import { render, screen, within } from '@/test/render';
import { AppRoutes } from './routes';

function renderApp(at: string) {
  return render(
    <MemoryRouter initialEntries={[at]} future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
      <AuthProvider>
        <AppRoutes />
      </AuthProvider>
    </MemoryRouter>,
  );
}

const signedIn = {
  'POST /auth/refresh': () => ({ status: 200, data: { accessToken: makeToken('t'), user: makeUser() } }),
  'GET /auth/sessions': () => ({ status: 200, data: { items: [] } }),
  'GET /api/symptoms': () => ({ status: 200, data: { items: [], nextCursor: null } }),
};

describe('the account pages', () => {
  let backend: ReturnType<typeof installFakeBackend>;
  afterEach(() => {
    backend.restore();
    tokenStore.clear();
  });

  it('opens the settings and the report from the account menu', async () => {
    backend = installFakeBackend(signedIn);
    renderApp('/education');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: /Account menu for Asha Rao/ }));
    await user.click(screen.getAllByRole('link', { name: 'Settings and privacy' })[0]!);
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /Account menu for Asha Rao/ }));
    await user.click(screen.getAllByRole('link', { name: 'Report for your doctor' })[0]!);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Report for your doctor' }),
    ).toBeInTheDocument();
  }, 20_000);

  it('lists both pages in the mobile menu', async () => {
    backend = installFakeBackend(signedIn);
    renderApp('/education');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Open menu' }));
    const mobileNav = screen.getByRole('navigation', { name: 'Main (mobile)' });
    expect(within(mobileNav).getByRole('link', { name: 'Settings and privacy' })).toHaveAttribute(
      'href',
      '/settings',
    );
    expect(within(mobileNav).getByRole('link', { name: 'Report for your doctor' })).toHaveAttribute(
      'href',
      '/report',
    );
  }, 20_000);

  it('sends an anonymous visitor of the settings to the login page', async () => {
    backend = installFakeBackend({ 'POST /auth/refresh': () => unauthorized });
    renderApp('/settings');
    expect(await screen.findByRole('heading', { name: 'Welcome back' })).toBeInTheDocument();
  }, 20_000);
});
