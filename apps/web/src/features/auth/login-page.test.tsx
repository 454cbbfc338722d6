import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from '@/lib/api-client';
import { tokenStore } from '@/lib/token-store';
import { installFakeBackend, makeToken, makeUser, unauthorized } from '@/test/fake-backend';
import { renderWithAuth } from '@/test/render-with-auth';
import LoginPage from './login-page';

async function logIn(email: string, password: string) {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('Email'), email);
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Log in' }));
}

describe('LoginPage', () => {
  let backend: ReturnType<typeof installFakeBackend> | undefined;
  afterEach(() => {
    backend?.restore();
    tokenStore.clear();
  });

  it('with a wrong email or password, says so in place and stays on the page', async () => {
    backend = installFakeBackend({
      'POST /auth/refresh': () => unauthorized,
      'POST /auth/login': () => ({
        status: 401,
        data: { error: { code: 'invalid_credentials', message: 'x' } },
      }),
    });
    renderWithAuth({ at: '/login', loginPage: <LoginPage /> });

    await logIn('asha@example.com', 'wrong password');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'That email and password do not match an account',
    );
    expect(screen.getByTestId('pathname')).toHaveTextContent('/login');
  });

  it('when rate limited, tells the person how long to wait', async () => {
    backend = installFakeBackend({
      'POST /auth/refresh': () => unauthorized,
      'POST /auth/login': () => ({
        status: 429,
        headers: { 'retry-after': '600' },
        data: { error: { code: 'rate_limited', message: 'Too many requests' } },
      }),
    });
    renderWithAuth({ at: '/login', loginPage: <LoginPage /> });

    await logIn('asha@example.com', 'whatever1');

    expect(await screen.findByRole('alert')).toHaveTextContent('Please wait 10 minutes and try again.');
  });

  it('sends a new user to onboarding after logging in', async () => {
    const newUser = makeUser({ onboardingData: {} });
    backend = installFakeBackend({
      'POST /auth/refresh': () => unauthorized,
      'POST /auth/login': () => ({ status: 200, data: { accessToken: makeToken('new'), user: newUser } }),
    });
    renderWithAuth({ at: '/login', loginPage: <LoginPage /> });

    await logIn('asha@example.com', 'correct horse');

    expect(await screen.findByRole('heading', { name: 'Onboarding' })).toBeInTheDocument();
  });

  it('sends a returning user back to the page they wanted', async () => {
    backend = installFakeBackend({
      'POST /auth/refresh': () => unauthorized,
      'POST /auth/login': () => ({ status: 200, data: { accessToken: makeToken('back'), user: makeUser() } }),
    });
    renderWithAuth({ at: { pathname: '/login', state: { from: '/dashboard' } }, loginPage: <LoginPage /> });

    await logIn('asha@example.com', 'correct horse');

    expect(await screen.findByRole('heading', { name: 'Dashboard' })).toBeInTheDocument();
  });

  it('never writes an access token to localStorage, sessionStorage or document.cookie', async () => {
    const loginToken = makeToken('login');
    const refreshedToken = makeToken('refreshed');
    const writes: string[] = [];
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key, value) {
      writes.push(`${key}=${value}`);
    });
    const cookieSetter = vi.spyOn(document, 'cookie', 'set');
    backend = installFakeBackend({
      'POST /auth/refresh': (call) =>
        call.authorization
          ? { status: 200, data: { accessToken: refreshedToken, user: makeUser() } }
          : unauthorized,
      'POST /auth/login': () => ({ status: 200, data: { accessToken: loginToken, user: makeUser() } }),
      'GET /api/symptoms': (call) =>
        call.authorization === `Bearer ${refreshedToken}`
          ? { status: 200, data: { items: [] } }
          : unauthorized,
    });
    renderWithAuth({ at: '/login', loginPage: <LoginPage /> });

    await logIn('asha@example.com', 'correct horse');
    await screen.findByRole('heading', { name: 'Dashboard' });
    await api.get('api/symptoms');

    expect(tokenStore.get()).toBe(refreshedToken);
    const everything = [
      ...writes,
      ...cookieSetter.mock.calls.map(([value]) => String(value)),
      document.cookie,
      JSON.stringify({ ...window.localStorage }),
      JSON.stringify({ ...window.sessionStorage }),
    ].join('\n');
    for (const token of [loginToken, refreshedToken]) {
      expect(everything).not.toContain(token);
      expect(everything).not.toContain(token.split('.')[2]);
    }
  });
});
