import userEvent from '@testing-library/user-event';
import { Route } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { installFakeBackend, unauthorized } from '@/test/fake-backend';
import { screen, waitFor } from '@/test/render';
import { renderWithAuth } from '@/test/render-with-auth';
import SignupPage from './signup-page';

function renderSignup() {
  return renderWithAuth({ at: '/signup', extraRoutes: <Route path="/signup" element={<SignupPage />} /> });
}

async function fillIn(name: string, email: string, password: string) {
  const user = userEvent.setup();
  if (name) await user.type(await screen.findByLabelText('Name'), name);
  if (email) await user.type(screen.getByLabelText('Email'), email);
  if (password) await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Create account' }));
}

describe('SignupPage', () => {
  let backend: ReturnType<typeof installFakeBackend>;
  afterEach(() => backend.restore());

  it('refuses a password under 8 characters before calling the API, and says why next to the field', async () => {
    backend = installFakeBackend({ 'POST /auth/refresh': () => unauthorized });
    renderSignup();

    await fillIn('Asha', 'asha@example.com', 'short');

    // The check runs once the contract's schema has loaded, which a cold run takes a moment for.
    await waitFor(() =>
      expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(/Use at least 8 characters/),
    );
    expect(screen.getByLabelText('Password')).toHaveAttribute('aria-invalid', 'true');
    expect(backend.callsTo('POST', '/auth/signup')).toHaveLength(0);
  });

  it('shows the strength of the password as it is typed', async () => {
    backend = installFakeBackend({ 'POST /auth/refresh': () => unauthorized });
    renderSignup();
    const user = userEvent.setup();
    const password = await screen.findByLabelText('Password');

    await user.type(password, 'abcdefgh');
    expect(password).toHaveAccessibleDescription(/Weak/);
    await user.clear(password);
    await user.type(password, 'saffron kettle monsoon');
    expect(password).toHaveAccessibleDescription(/Strong/);
  });

  it('shows the API field errors in place', async () => {
    backend = installFakeBackend({
      'POST /auth/refresh': () => unauthorized,
      'POST /auth/signup': () => ({
        status: 400,
        data: {
          error: {
            code: 'validation_error',
            message: 'Some fields need attention.',
            details: { fields: { password: 'This password is too common. Choose another.' } },
          },
        },
      }),
    });
    renderSignup();

    await fillIn('Asha', 'asha@example.com', 'password123');

    expect(await screen.findByLabelText('Password')).toHaveAccessibleDescription(
      /This password is too common/,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Some fields need attention.');
  });

  it('after signing up, asks the person to check their inbox, and sends the device’s time zone', async () => {
    let sent: unknown;
    backend = installFakeBackend({
      'POST /auth/refresh': () => unauthorized,
      'POST /auth/signup': (_call, body) => {
        sent = body;
        return { status: 201, data: { message: 'Check your email to verify your account.' } };
      },
    });
    renderSignup();

    await fillIn('Asha Rao', '  Asha@Example.com ', 'saffron kettle monsoon');

    expect(await screen.findByRole('heading', { name: 'Check your inbox' })).toBeInTheDocument();
    expect(screen.getByText('asha@example.com')).toBeInTheDocument();
    expect(sent).toEqual({
      name: 'Asha Rao',
      email: 'asha@example.com',
      password: 'saffron kettle monsoon',
      timeZone: new Intl.DateTimeFormat().resolvedOptions().timeZone,
    });
  });

  it('takes an error away as soon as the field is corrected, without submitting again', async () => {
    backend = installFakeBackend({ 'POST /auth/refresh': () => unauthorized });
    renderSignup();
    await fillIn('Asha', 'asha@example', 'short');
    const email = screen.getByLabelText('Email');
    const password = screen.getByLabelText('Password');
    expect(email).toHaveAccessibleDescription('Enter a valid email address');
    expect(password).toHaveAccessibleDescription(/Use at least 8 characters/);

    const user = userEvent.setup();
    await user.type(email, '.com');
    await user.type(password, ' kettle monsoon');

    expect(email).not.toHaveAttribute('aria-invalid');
    expect(email).not.toHaveAccessibleDescription(/Enter a valid email address/);
    expect(password).not.toHaveAttribute('aria-invalid');
    expect(password).not.toHaveAccessibleDescription(/Use at least 8 characters/);
  });

  it('says a field is wrong once the person leaves it, and focuses the first invalid field on submit', async () => {
    backend = installFakeBackend({ 'POST /auth/refresh': () => unauthorized });
    renderSignup();
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Email'), 'not an email');
    await user.tab();
    expect(await screen.findByText('Enter a valid email address')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByText('Enter your name')).toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveFocus();
    expect(backend.callsTo('POST', '/auth/signup')).toHaveLength(0);
  });

  it('puts a field problem the API finds on that field, focused, and clears it when the field changes', async () => {
    backend = installFakeBackend({
      'POST /auth/refresh': () => unauthorized,
      'POST /auth/signup': () => ({
        status: 400,
        data: {
          error: {
            code: 'validation_error',
            message: 'Some fields are not valid.',
            details: { fields: { email: 'Enter a valid email address' } },
          },
        },
      }),
    });
    renderSignup();
    await fillIn('Asha', 'asha@example.com', 'saffron kettle monsoon');

    const email = await screen.findByLabelText('Email');
    expect(await screen.findByText('Enter a valid email address')).toBeInTheDocument();
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveFocus();
    await userEvent.setup().type(email, 'x');
    expect(email).not.toHaveAttribute('aria-invalid');
  });
});
