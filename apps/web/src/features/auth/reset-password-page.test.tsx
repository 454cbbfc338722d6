import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { installFakeBackend, unauthorized } from '@/test/fake-backend';
import { renderWithAuth } from '@/test/render-with-auth';
import ResetPasswordPage from './reset-password-page';

function renderReset(sent: unknown[]) {
  const backend = installFakeBackend({
    'POST /auth/refresh': () => unauthorized,
    'POST /auth/reset-password': (_call, body) => {
      sent.push(body);
      return { status: 200, data: { message: 'Password updated.' } };
    },
  });
  renderWithAuth({
    at: '/reset-password?token=reset-token',
    extraRoutes: <Route path="/reset-password" element={<ResetPasswordPage />} />,
  });
  return backend;
}

describe('ResetPasswordPage', () => {
  let backend: ReturnType<typeof installFakeBackend>;
  afterEach(() => backend.restore());

  it('refuses two different passwords, and takes the error away once they match', async () => {
    const sent: unknown[] = [];
    backend = renderReset(sent);
    const user = userEvent.setup();
    const password = await screen.findByLabelText('New password');
    const repeat = screen.getByLabelText('Repeat new password');
    await user.type(password, 'saffron kettle monsoon');
    await user.type(repeat, 'saffron kettle');
    await user.click(screen.getByRole('button', { name: 'Save new password' }));

    expect(await screen.findByText('The two passwords do not match')).toBeInTheDocument();
    expect(repeat).toHaveFocus();
    expect(sent).toHaveLength(0);

    await user.type(repeat, ' monsoon');
    expect(repeat).not.toHaveAttribute('aria-invalid');
    await user.click(screen.getByRole('button', { name: 'Save new password' }));
    expect(await screen.findByRole('heading', { name: 'Password updated' })).toBeInTheDocument();
    expect(sent).toEqual([{ token: 'reset-token', password: 'saffron kettle monsoon' }]);
  });

  it('refuses a password the contract refuses, with its words', async () => {
    const sent: unknown[] = [];
    backend = renderReset(sent);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('New password'), 'short');
    await user.type(screen.getByLabelText('Repeat new password'), 'short');
    await user.click(screen.getByRole('button', { name: 'Save new password' }));

    expect(await screen.findByLabelText('New password')).toHaveAccessibleDescription(
      /Use at least 8 characters/,
    );
    expect(sent).toHaveLength(0);
  });
});
