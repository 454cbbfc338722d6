import { useQuery } from '@tanstack/react-query';
import userEvent from '@testing-library/user-event';
import { useEffect, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from '@/lib/api-client';
import { appQueryClient } from '@/lib/query-client';
import { tokenStore } from '@/lib/token-store';
import { delay, installFakeBackend, makeToken, makeUser, unauthorized } from '@/test/fake-backend';
import { screen, waitFor } from '@/test/render';
import { renderWithAuth } from '@/test/render-with-auth';
import { useAuth } from './use-auth';

const paths = ['/api/symptoms', '/api/posts', '/api/bookings', '/api/cart', '/api/orders'];

/** A page that fires five API calls on mount and shows how each one ended. */
function FiveRequestsPage() {
  const [results, setResults] = useState<string[]>([]);
  useEffect(() => {
    Promise.allSettled(paths.map((path) => api.get(path.slice(1)))).then((settled) =>
      setResults(settled.map((result) => result.status)),
    );
  }, []);
  return <p data-testid="results">{results.join(',')}</p>;
}

/** A page whose data is one person's: the name on their latest log, from the query cache. */
function LatestLogPage() {
  const { logout } = useAuth();
  const latest = useQuery({
    queryKey: ['symptoms', 'logs', { limit: 1 }],
    queryFn: () => api.get('api/symptoms').json<{ items: { notes: string }[] }>(),
  });
  return (
    <div>
      <p data-testid="latest">{latest.data?.items[0]?.notes ?? 'loading'}</p>
      <button type="button" onClick={() => void logout()}>
        Log out
      </button>
    </div>
  );
}

describe('AuthProvider', () => {
  let backend: ReturnType<typeof installFakeBackend> | undefined;
  afterEach(() => {
    backend?.restore();
    tokenStore.clear();
    vi.useRealTimers();
  });

  it('restores the session on mount from the refresh cookie alone', async () => {
    const token = makeToken('restored');
    backend = installFakeBackend({
      'POST /auth/refresh': async () => ({ status: 200, data: { accessToken: token, user: makeUser() } }),
    });

    renderWithAuth({ at: '/dashboard' });

    expect(screen.getByTestId('session')).toHaveTextContent('loading:nobody');
    expect(await screen.findByRole('heading', { name: 'Dashboard' })).toBeInTheDocument();
    expect(screen.getByTestId('session')).toHaveTextContent('authenticated:Asha Rao');
    expect(tokenStore.get()).toBe(token);
    expect(backend.callsTo('POST', '/auth/refresh')).toHaveLength(1);
  });

  it('when there is no session, a protected page redirects to /login and remembers where the person was going', async () => {
    backend = installFakeBackend({ 'POST /auth/refresh': () => unauthorized });

    renderWithAuth({ at: '/dashboard?range=30' });

    expect(await screen.findByRole('heading', { name: 'Log in page' })).toBeInTheDocument();
    expect(screen.getByTestId('pathname')).toHaveTextContent('/login');
    expect(screen.getByTestId('location-state')).toHaveTextContent('{"from":"/dashboard?range=30"}');
    expect(screen.getByTestId('session')).toHaveTextContent('anonymous:nobody');
  });

  it('shows a loading skeleton, not the page, while the session is being restored', async () => {
    backend = installFakeBackend({
      'POST /auth/refresh': async () => {
        await delay(50);
        return unauthorized;
      },
    });

    renderWithAuth({ at: '/dashboard' });

    expect(screen.getByRole('status')).toHaveTextContent('Loading');
    expect(screen.queryByRole('heading', { name: 'Dashboard' })).not.toBeInTheDocument();
    await screen.findByRole('heading', { name: 'Log in page' });
  });

  it('when a refresh fails during use, rejects all five requests, clears the token and sends the person to /login', async () => {
    const firstToken = makeToken('first');
    let refreshes = 0;
    backend = installFakeBackend({
      'POST /auth/refresh': async () => {
        refreshes += 1;
        await delay(20);
        return refreshes === 1
          ? { status: 200, data: { accessToken: firstToken, user: makeUser() } }
          : unauthorized;
      },
      ...Object.fromEntries(paths.map((path) => [`GET ${path}`, () => unauthorized])),
    });

    renderWithAuth({ at: '/dashboard', protectedPage: <FiveRequestsPage /> });

    expect(await screen.findByRole('heading', { name: 'Log in page' })).toBeInTheDocument();
    expect(screen.getByTestId('location-state')).toHaveTextContent('{"from":"/dashboard"}');
    expect(backend.callsTo('POST', '/auth/refresh')).toHaveLength(2);
    expect(backend.calls.filter((call) => call.url.startsWith('/api/'))).toHaveLength(5);
    expect(tokenStore.get()).toBeNull();
    expect(screen.getByTestId('session')).toHaveTextContent('anonymous:nobody');
  });

  it('refreshes silently 60 seconds before the access token expires', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], shouldAdvanceTime: true });
    // A whole second, so exp (whole seconds) is exactly 15 minutes away.
    vi.setSystemTime(new Date('2026-11-27T10:00:00.000Z'));
    const firstToken = makeToken('first', 900);
    const secondToken = makeToken('second', 1800);
    let refreshes = 0;
    backend = installFakeBackend({
      'POST /auth/refresh': () => {
        refreshes += 1;
        const accessToken = refreshes === 1 ? firstToken : secondToken;
        return { status: 200, data: { accessToken, user: makeUser() } };
      },
    });

    renderWithAuth({ at: '/dashboard' });
    await waitFor(() => expect(screen.getByTestId('session')).toHaveTextContent('authenticated'));
    expect(refreshes).toBe(1);

    // Session restored a few real milliseconds after 10:00:00; the refresh is due at 10:14:00.
    await vi.advanceTimersByTimeAsync(840_000 - 500);
    expect(refreshes).toBe(1);
    await vi.advanceTimersByTimeAsync(500);
    await waitFor(() => expect(refreshes).toBe(2));
    await waitFor(() => expect(tokenStore.get()).toBe(secondToken));
  });

  it("after signing out, the cache and the tab's drafts hold nothing of that person for the next one", async () => {
    const notes = 'Asha: cramps after the new dose';
    backend = installFakeBackend({
      'POST /auth/refresh': async () => ({
        status: 200,
        data: { accessToken: makeToken('a'), user: makeUser() },
      }),
      'GET /api/symptoms': async () => ({ status: 200, data: { items: [{ notes }], nextCursor: null } }),
      'POST /auth/logout': async () => ({ status: 204 }),
    });
    window.sessionStorage.setItem('hormohelp.onboarding-draft', '{"conditions":["pcos"]}');
    window.sessionStorage.setItem('unrelated', 'kept');
    // The app's own cache, as the signed-in layout provides it.
    renderWithAuth({ at: '/dashboard', protectedPage: <LatestLogPage />, queryClient: appQueryClient });
    expect(await screen.findByText('Asha: cramps after the new dose')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Log out' }));

    await waitFor(() => expect(screen.getByTestId('session')).toHaveTextContent('anonymous:nobody'));
    expect(appQueryClient.getQueryCache().getAll()).toEqual([]);
    expect(window.sessionStorage.getItem('hormohelp.onboarding-draft')).toBeNull();
    expect(window.sessionStorage.getItem('unrelated')).toBe('kept');
    window.sessionStorage.clear();
  });
});
