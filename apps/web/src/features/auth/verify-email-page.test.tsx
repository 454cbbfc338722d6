import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { tokenStore } from '@/lib/token-store';
import { delay, installFakeBackend, makeToken, makeUser, unauthorized } from '@/test/fake-backend';
import { render, screen } from '@/test/render';
import { AuthProvider } from './auth-provider';
import VerifyEmailPage from './verify-email-page';

function renderVerify(at: string) {
  return render(
    <StrictMode>
      <MemoryRouter initialEntries={[at]} future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
        <AuthProvider>
          <Routes>
            <Route path="/verify-email" element={<VerifyEmailPage />} />
            <Route path="/onboarding" element={<h1>Onboarding</h1>} />
            <Route path="/dashboard" element={<h1>Dashboard</h1>} />
          </Routes>
        </AuthProvider>
      </MemoryRouter>
    </StrictMode>,
  );
}

describe('VerifyEmailPage', () => {
  let backend: ReturnType<typeof installFakeBackend>;
  afterEach(() => {
    backend.restore();
    tokenStore.clear();
  });

  it('spends the single-use token once, even in StrictMode, signs the person in and opens onboarding', async () => {
    const accessToken = makeToken('verified');
    backend = installFakeBackend({
      'POST /auth/refresh': () => unauthorized,
      'POST /auth/verify-email': async (_call, body) => {
        await delay(10);
        return (body as { token: string }).token === 'abc123'
          ? { status: 200, data: { accessToken, user: makeUser({ onboardingData: {} }) } }
          : { status: 400, data: { error: { code: 'invalid_token', message: 'x' } } };
      },
    });

    renderVerify('/verify-email?token=abc123');

    expect(await screen.findByRole('heading', { name: 'Onboarding' })).toBeInTheDocument();
    expect(backend.callsTo('POST', '/auth/verify-email')).toHaveLength(1);
    expect(tokenStore.get()).toBe(accessToken);
  });

  it('with a used or expired token, explains it and offers a way forward', async () => {
    backend = installFakeBackend({
      'POST /auth/refresh': () => unauthorized,
      'POST /auth/verify-email': () => ({
        status: 400,
        data: { error: { code: 'invalid_token', message: 'x' } },
      }),
    });

    renderVerify('/verify-email?token=used-token');

    expect(await screen.findByRole('alert')).toHaveTextContent('invalid, already used or expired');
    expect(screen.getByRole('link', { name: 'Log in' })).toBeInTheDocument();
    expect(tokenStore.get()).toBeNull();
  });

  it('when the network fails, keeps the token unspent and lets the person try again', async () => {
    let attempts = 0;
    backend = installFakeBackend({
      'POST /auth/refresh': () => unauthorized,
      'POST /auth/verify-email': () => {
        attempts += 1;
        return attempts === 1
          ? {
              status: 503,
              data: { error: { code: 'upstream_unavailable', message: 'The service is unavailable.' } },
            }
          : { status: 200, data: { accessToken: makeToken('v'), user: makeUser() } };
      },
    });

    renderVerify('/verify-email?token=retry-me');
    expect(await screen.findByRole('alert')).toHaveTextContent('The service is unavailable.');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('heading', { name: 'Dashboard' })).toBeInTheDocument();
    expect(attempts).toBe(2);
  });
});
