import type { ActiveSession, User } from '@hormohelp/contracts';
import userEvent from '@testing-library/user-event';
import { Toaster } from 'react-hot-toast';
import { afterEach, describe, expect, it } from 'vitest';
import { tokenStore } from '@/lib/token-store';
import { installFakeBackend, makeToken, makeUser } from '@/test/fake-backend';
import { screen, waitFor, within } from '@/test/render';
import { renderWithAuth } from '@/test/render-with-auth';
import SettingsPage from './settings-page';

const TOKEN = makeToken('settings');
const THIS_DEVICE: ActiveSession = {
  id: '11111111-1111-4111-8111-111111111111',
  createdAt: '2026-11-20T09:00:00.000Z',
  lastUsedAt: '2026-11-27T09:00:00.000Z',
  userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0',
  current: true,
};
const PHONE: ActiveSession = {
  id: '22222222-2222-4222-8222-222222222222',
  createdAt: '2026-11-22T18:30:00.000Z',
  lastUsedAt: '2026-11-26T07:15:00.000Z',
  userAgent:
    'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36',
  current: false,
};

let backend: ReturnType<typeof installFakeBackend>;
afterEach(() => {
  backend.restore();
  tokenStore.clear();
});

/** A signed-in person on /settings whose sessions are `sessions` until one is ended. */
function openSettings(user: User = makeUser()) {
  let sessions = [THIS_DEVICE, PHONE];
  let current = user;
  const patches: unknown[] = [];
  backend = installFakeBackend({
    'POST /auth/refresh': () => ({ status: 200, data: { accessToken: TOKEN, user: current } }),
    'GET /auth/sessions': () => ({ status: 200, data: { items: sessions } }),
    [`DELETE /auth/sessions/${PHONE.id}`]: () => {
      sessions = sessions.filter((session) => session.id !== PHONE.id);
      return { status: 204 };
    },
    'DELETE /auth/sessions': () => {
      sessions = sessions.filter((session) => session.current);
      return { status: 204 };
    },
    'PATCH /users/me': (_call, body) => {
      patches.push(body);
      current = { ...current, ...(body as Partial<User>) };
      return { status: 200, data: { user: current } };
    },
  });
  renderWithAuth({
    at: '/dashboard',
    protectedPage: (
      <>
        <Toaster />
        <SettingsPage />
      </>
    ),
  });
  return { patches };
}

describe('the settings page', () => {
  it('lists the sessions with this device marked, and ending the other one removes it with the Bearer token', async () => {
    const user = userEvent.setup({ delay: null });
    openSettings();
    const sessions = await screen.findByRole('region', { name: 'Where you are signed in' });
    const thisDevice = await within(sessions).findByText('Firefox on Linux');
    expect(within(thisDevice).getByText('This device')).toBeInTheDocument();
    expect(within(sessions).getByText('Chrome on Android')).toBeInTheDocument();
    // Only other sessions can be ended here; this one ends with "Log out".
    expect(within(sessions).getAllByRole('button', { name: /^End session/ })).toHaveLength(1);

    await user.click(within(sessions).getByRole('button', { name: /^End session: Chrome on Android/ }));
    await waitFor(() => expect(within(sessions).queryByText('Chrome on Android')).not.toBeInTheDocument());
    const [ended] = backend.callsTo('DELETE', `/auth/sessions/${PHONE.id}`);
    expect(ended?.authorization).toBe(`Bearer ${TOKEN}`);
    expect(within(sessions).getByText('You are not signed in anywhere else.')).toBeInTheDocument();
    expect(document.title).toBe('Settings · HormoHelp');
  }, 15_000);

  it('while a session is ending only its button is busy; when ending fails, a toast says why and it stays listed', async () => {
    const user = userEvent.setup({ delay: null });
    let answer: (reply: { status: number; data?: unknown }) => void = () => {};
    backend = installFakeBackend({
      'POST /auth/refresh': () => ({ status: 200, data: { accessToken: TOKEN, user: makeUser() } }),
      'GET /auth/sessions': () => ({ status: 200, data: { items: [THIS_DEVICE, PHONE] } }),
      [`DELETE /auth/sessions/${PHONE.id}`]: () =>
        new Promise((resolve) => {
          answer = resolve;
        }),
    });
    renderWithAuth({
      at: '/dashboard',
      protectedPage: (
        <>
          <Toaster />
          <SettingsPage />
        </>
      ),
    });
    const sessions = await screen.findByRole('region', { name: 'Where you are signed in' });
    const end = await within(sessions).findByRole('button', { name: /^End session: Chrome on Android/ });
    await user.click(end);

    expect(end).toHaveAttribute('aria-busy', 'true');
    expect(within(sessions).getByRole('button', { name: 'End all other sessions' })).toBeDisabled();
    answer({ status: 503, data: { error: { code: 'upstream_unavailable', message: 'Try later.' } } });

    expect(await screen.findByText('Try later.')).toBeInTheDocument();
    await waitFor(() => expect(end).not.toHaveAttribute('aria-busy'));
    expect(within(sessions).getByText('Chrome on Android')).toBeInTheDocument();
    expect(within(sessions).getByRole('button', { name: 'End all other sessions' })).toBeEnabled();
    // The list is read again after the attempt, so it shows what the server has.
    expect(backend.callsTo('GET', '/auth/sessions')).toHaveLength(2);
  }, 15_000);

  it('ends every other session at once', async () => {
    const user = userEvent.setup({ delay: null });
    openSettings();
    await user.click(await screen.findByRole('button', { name: 'End all other sessions' }));
    expect(await screen.findByText('You are not signed in anywhere else.')).toBeInTheDocument();
    expect(backend.callsTo('DELETE', '/auth/sessions')).toHaveLength(1);
    expect(screen.getByText('Firefox on Linux')).toBeInTheDocument();
  }, 15_000);

  it('withdraws health-data consent and offers to give it again', async () => {
    const user = userEvent.setup({ delay: null });
    const { patches } = openSettings();
    const consent = await screen.findByRole('region', { name: 'Health data consent' });
    expect(within(consent).getByText(/You have agreed/)).toBeInTheDocument();

    await user.click(within(consent).getByRole('button', { name: 'Withdraw consent' }));
    const step = within(consent).getByRole('group', { name: 'Withdraw your consent?' });
    await user.click(within(step).getByRole('button', { name: 'Withdraw, keep what I logged' }));
    expect(await within(consent).findByText(/You have not agreed/)).toBeInTheDocument();
    expect(within(consent).getByText(/HormoHelp stores no new symptom logs/)).toBeInTheDocument();
    await user.click(within(consent).getByRole('button', { name: 'Give consent' }));
    expect(await within(consent).findByText(/You have agreed/)).toBeInTheDocument();

    expect(patches).toEqual([{ healthDataConsent: false }, { healthDataConsent: true }]);
  }, 15_000);

  it('saves a new name and shows it in the session', async () => {
    const user = userEvent.setup({ delay: null });
    const { patches } = openSettings();
    const name = await screen.findByLabelText('Name');
    expect(screen.getByRole('button', { name: 'Save name' })).toBeDisabled();
    await user.clear(name);
    await user.type(name, '  Asha R.  ');
    await user.click(screen.getByRole('button', { name: 'Save name' }));
    await waitFor(() => expect(screen.getByTestId('session')).toHaveTextContent('authenticated:Asha R.'));
    expect(patches).toEqual([{ name: 'Asha R.' }]);
  }, 15_000);

  it('saves a chosen time zone, and offers this device’s zone when the account follows another', async () => {
    const user = userEvent.setup({ delay: null });
    const device = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    const other = device === 'Pacific/Kiritimati' ? 'America/Los_Angeles' : 'Pacific/Kiritimati';
    const { patches } = openSettings(makeUser({ timeZone: other }));
    const zone = await screen.findByRole('combobox', { name: 'Time zone' });
    expect(zone).toHaveValue(other);
    expect(screen.getByRole('button', { name: 'Save time zone' })).toBeDisabled();
    expect(zone).toHaveAccessibleDescription(/This device is set to/);

    await user.click(screen.getByRole('button', { name: /^Use / }));
    expect(zone).toHaveValue(device);
    await user.click(screen.getByRole('button', { name: 'Save time zone' }));
    await waitFor(() => expect(patches).toEqual([{ timeZone: device }]));
    // The account now follows this device: nothing more to offer.
    await waitFor(() => expect(screen.queryByRole('button', { name: /^Use / })).not.toBeInTheDocument());

    await user.selectOptions(zone, 'America / Los Angeles');
    await user.click(screen.getByRole('button', { name: 'Save time zone' }));
    await waitFor(() => expect(patches).toEqual([{ timeZone: device }, { timeZone: 'America/Los_Angeles' }]));
  }, 15_000);

  it('says so when the sessions cannot be loaded, and loads them on "Try again"', async () => {
    const user = userEvent.setup({ delay: null });
    let isDown = true;
    backend = installFakeBackend({
      'POST /auth/refresh': () => ({ status: 200, data: { accessToken: TOKEN, user: makeUser() } }),
      'GET /auth/sessions': () =>
        isDown
          ? { status: 503, data: { error: { code: 'upstream_unavailable', message: 'Try later.' } } }
          : { status: 200, data: { items: [THIS_DEVICE] } },
    });
    renderWithAuth({ at: '/dashboard', protectedPage: <SettingsPage /> });
    expect(await screen.findByText('Your sessions could not be loaded.')).toBeInTheDocument();
    isDown = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Firefox on Linux')).toBeInTheDocument();
  }, 15_000);
});
