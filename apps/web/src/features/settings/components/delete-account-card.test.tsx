import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { tokenStore } from '@/lib/token-store';
import { installFakeBackend, makeToken, makeUser } from '@/test/fake-backend';
import { renderWithAuth } from '@/test/render-with-auth';
import { DeleteAccountCard } from './delete-account-card';

const TOKEN = makeToken('erase');
let backend: ReturnType<typeof installFakeBackend>;
afterEach(() => {
  backend.restore();
  tokenStore.clear();
});

function openCard() {
  const deletions: unknown[] = [];
  backend = installFakeBackend({
    'POST /auth/refresh': () => ({ status: 200, data: { accessToken: TOKEN, user: makeUser() } }),
    'POST /auth/logout': () => ({ status: 204 }),
    'DELETE /auth/account': (_call, body) => {
      deletions.push(body);
      return (body as { password: string }).password === 'correct horse battery'
        ? { status: 204 }
        : {
            status: 401,
            data: { error: { code: 'invalid_credentials', message: 'Wrong email or password.' } },
          };
    },
  });
  renderWithAuth({ at: '/dashboard', protectedPage: <DeleteAccountCard /> });
  return { deletions };
}

describe('deleting my account', () => {
  it('warns that it is permanent and keeps the account when the password is wrong', async () => {
    const user = userEvent.setup({ delay: null });
    const { deletions } = openCard();
    await user.click(await screen.findByRole('button', { name: 'Delete my account' }));
    expect(screen.getByRole('alert')).toHaveTextContent('This is permanent.');

    await user.click(screen.getByRole('button', { name: 'Delete my account permanently' }));
    // The form's checks load after the card renders: the refusal comes once they are there.
    await waitFor(() =>
      expect(screen.getByLabelText('Your password')).toHaveAccessibleDescription('Enter your password'),
    );
    expect(deletions).toHaveLength(0);

    await user.type(screen.getByLabelText('Your password'), 'wrong one');
    await user.click(screen.getByRole('button', { name: 'Delete my account permanently' }));
    expect(await screen.findByText('That password is not right.')).toBeInTheDocument();
    expect(screen.getByTestId('session')).toHaveTextContent('authenticated:Asha Rao');
    expect(screen.getByTestId('pathname')).toHaveTextContent('/dashboard');
  }, 15_000);

  it('with the right password, deletes the account with the Bearer token and ends up home, signed out', async () => {
    const user = userEvent.setup({ delay: null });
    const { deletions } = openCard();
    await user.click(await screen.findByRole('button', { name: 'Delete my account' }));
    await user.type(screen.getByLabelText('Your password'), 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'Delete my account permanently' }));

    await waitFor(() => expect(screen.getByTestId('pathname')).toHaveTextContent(/^\/$/));
    expect(screen.getByTestId('session')).toHaveTextContent('anonymous:nobody');
    expect(deletions).toEqual([{ password: 'correct horse battery' }]);
    expect(backend.callsTo('DELETE', '/auth/account')[0]?.authorization).toBe(`Bearer ${TOKEN}`);
    expect(tokenStore.get()).toBeNull();
  }, 15_000);

  it('cancelling closes the form and forgets the typed password', async () => {
    const user = userEvent.setup({ delay: null });
    openCard();
    await user.click(await screen.findByRole('button', { name: 'Delete my account' }));
    await user.type(screen.getByLabelText('Your password'), 'half typed');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByLabelText('Your password')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Delete my account' }));
    expect(screen.getByLabelText('Your password')).toHaveValue('');
  }, 15_000);
});
