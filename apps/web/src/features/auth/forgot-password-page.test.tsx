import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { installFakeBackend, unauthorized } from '@/test/fake-backend';
import { renderWithAuth } from '@/test/render-with-auth';
import ForgotPasswordPage from './forgot-password-page';

describe('ForgotPasswordPage', () => {
  let backend: ReturnType<typeof installFakeBackend>;
  afterEach(() => backend.restore());

  it('starts from the email typed on the login page and sends it as the contract reads it', async () => {
    const sent: unknown[] = [];
    backend = installFakeBackend({
      'POST /auth/refresh': () => unauthorized,
      'POST /auth/forgot-password': (_call, body) => {
        sent.push(body);
        return { status: 202, data: { message: 'Check your inbox.' } };
      },
    });
    renderWithAuth({
      at: { pathname: '/forgot-password', state: { email: 'Asha@Example.com' } },
      extraRoutes: <Route path="/forgot-password" element={<ForgotPasswordPage />} />,
    });

    expect(await screen.findByLabelText('Email')).toHaveValue('Asha@Example.com');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Send reset link' }));

    expect(await screen.findByRole('heading', { name: 'Check your inbox' })).toBeInTheDocument();
    expect(sent).toEqual([{ email: 'asha@example.com' }]);
  });

  it('refuses an address that is not one before calling the API', async () => {
    backend = installFakeBackend({ 'POST /auth/refresh': () => unauthorized });
    renderWithAuth({
      at: '/forgot-password',
      extraRoutes: <Route path="/forgot-password" element={<ForgotPasswordPage />} />,
    });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Email'), 'asha@');
    await user.click(screen.getByRole('button', { name: 'Send reset link' }));

    expect(await screen.findByText('Enter a valid email address')).toBeInTheDocument();
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('Enter a valid email address');
    expect(screen.getByLabelText('Email')).toHaveFocus();
    expect(backend.callsTo('POST', '/auth/forgot-password')).toHaveLength(0);
  });
});
