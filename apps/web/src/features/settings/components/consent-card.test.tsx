import type { User } from '@hormohelp/contracts';
import { useQuery } from '@tanstack/react-query';
import userEvent from '@testing-library/user-event';
import toast, { Toaster } from 'react-hot-toast';
import { afterEach, describe, expect, it } from 'vitest';
import { useAuth } from '@/features/auth';
import { api, getErrorCode } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { tokenStore } from '@/lib/token-store';
import { healthDataDeleted, installFakeBackend, makeToken, makeUser } from '@/test/fake-backend';
import { screen, waitFor, within } from '@/test/render';
import { renderWithAuth } from '@/test/render-with-auth';
import { ConsentCard } from './consent-card';

const TOKEN = makeToken('consent');
const ONBOARDED = { completedAt: '2026-11-01T10:00:00.000Z', conditions: ['pcos'], ageRange: '25-34' };
const DELETED = { symptomLogs: 12, bookingNotes: 0 };
const SERVER_DOWN = {
  status: 503,
  data: { error: { code: 'upstream_unavailable', message: 'The database is not answering. Try later.' } },
};

let backend: ReturnType<typeof installFakeBackend>;
afterEach(() => {
  backend.restore();
  tokenStore.clear();
  // Toasts live in a store shared by every test; one left over would be found by the next.
  toast.remove();
});

/** The card as the settings page shows it: for the signed-in user, re-rendered when they change. */
function CardOfSession() {
  const { user } = useAuth();
  return user ? <ConsentCard user={user} /> : null;
}

/** A health view held in the cache, as the tracker's history is: the logs, or that consent is missing. */
function SymptomLogsView() {
  const logs = useQuery({
    queryKey: queryKeys.symptoms.logs(),
    queryFn: async () => (await api.get('api/symptoms').json<{ items: unknown[] }>()).items,
  });
  if (getErrorCode(logs.error) === 'consent_required') return <p>Logs need consent</p>;
  return <p>{logs.data ? `Logs shown: ${logs.data.length}` : 'Loading logs'}</p>;
}

interface Options {
  user?: User;
  /** Makes DELETE /users/me/health-data fail. */
  isDeleteDown?: boolean;
  /** Makes PATCH /users/me fail. */
  isPatchDown?: boolean;
}

/** The card for a signed-in person, with a backend that records the consent changes it receives. */
function openCard({
  user = makeUser({ onboardingData: ONBOARDED }),
  isDeleteDown,
  isPatchDown,
}: Options = {}) {
  let current = user;
  const patches: unknown[] = [];
  backend = installFakeBackend({
    'POST /auth/refresh': () => ({ status: 200, data: { accessToken: TOKEN, user: current } }),
    'PATCH /users/me': (_call, body) => {
      if (isPatchDown) return SERVER_DOWN;
      patches.push(body);
      current = { ...current, ...(body as Partial<User>) };
      return { status: 200, data: { user: current } };
    },
    'GET /api/symptoms': () =>
      current.healthDataConsent
        ? { status: 200, data: { items: [{ id: 'log-1' }, { id: 'log-2' }], nextCursor: null } }
        : { status: 403, data: { error: { code: 'consent_required', message: 'Consent is needed.' } } },
    'DELETE /users/me/health-data': () => {
      if (isDeleteDown) return SERVER_DOWN;
      const reply = healthDataDeleted(current, DELETED);
      current = reply.data.user;
      return reply;
    },
  });
  renderWithAuth({
    at: '/dashboard',
    protectedPage: (
      <>
        <Toaster />
        <CardOfSession />
        <SymptomLogsView />
      </>
    ),
  });
  return { patches, deletions: () => backend.callsTo('DELETE', '/users/me/health-data') };
}

async function findCard() {
  return screen.findByRole('region', { name: 'Health data consent' });
}

async function openWithdrawStep(user: ReturnType<typeof userEvent.setup>) {
  const card = await findCard();
  await user.click(within(card).getByRole('button', { name: 'Withdraw consent' }));
  return within(card).getByRole('group', { name: 'Withdraw your consent?' });
}

describe('withdrawing health-data consent', () => {
  it('asks first, saying nothing new will be stored, and offers to delete what is stored', async () => {
    const user = userEvent.setup({ delay: null });
    const { patches } = openCard();
    const step = await openWithdrawStep(user);

    expect(step).toHaveFocus();
    expect(step).toHaveAccessibleDescription(
      /stores no new symptom logs, onboarding answers or notes to experts/,
    );
    expect(within(step).getByRole('button', { name: 'Withdraw and delete my health data' })).toBeVisible();
    expect(within(step).getByRole('button', { name: 'Withdraw, keep what I logged' })).toBeVisible();
    expect(patches).toEqual([]);
  }, 15_000);

  it('withdrawing and deleting sends the withdrawal, then the deletion, and says how many logs went', async () => {
    const user = userEvent.setup({ delay: null });
    const { patches, deletions } = openCard();
    const step = await openWithdrawStep(user);
    await user.click(within(step).getByRole('button', { name: 'Withdraw and delete my health data' }));

    expect(
      await screen.findByText('Your consent is withdrawn and 12 symptom logs were deleted.'),
    ).toBeInTheDocument();
    expect(patches).toEqual([{ healthDataConsent: false }]);
    expect(deletions()).toHaveLength(1);
    expect(deletions()[0]?.authorization).toBe(`Bearer ${TOKEN}`);
    const order = backend.calls.map((call) => `${call.method} ${call.url}`);
    expect(order.indexOf('PATCH /users/me')).toBeLessThan(order.indexOf('DELETE /users/me/health-data'));
    const card = await findCard();
    expect(within(card).getByText(/You have not agreed/)).toBeInTheDocument();
    expect(within(card).queryByRole('group')).not.toBeInTheDocument();
  }, 15_000);

  it('withdrawing and keeping what was logged only withdraws, and still offers the deletion later', async () => {
    const user = userEvent.setup({ delay: null });
    const { patches, deletions } = openCard();
    const step = await openWithdrawStep(user);
    await user.click(within(step).getByRole('button', { name: 'Withdraw, keep what I logged' }));

    expect(await screen.findByText('Your consent is withdrawn.')).toBeInTheDocument();
    expect(patches).toEqual([{ healthDataConsent: false }]);
    expect(deletions()).toHaveLength(0);
    const card = await findCard();
    expect(within(card).getByText(/You have not agreed/)).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: 'Delete my stored health data' })).toBeVisible();
  }, 15_000);

  it('cancelling keeps the consent, sends nothing and gives the focus back', async () => {
    const user = userEvent.setup({ delay: null });
    const { patches, deletions } = openCard();
    const step = await openWithdrawStep(user);
    await user.click(within(step).getByRole('button', { name: 'Cancel' }));

    const card = await findCard();
    expect(within(card).queryByRole('group')).not.toBeInTheDocument();
    expect(within(card).getByText(/You have agreed/)).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: 'Withdraw consent' })).toHaveFocus();
    expect(patches).toEqual([]);
    expect(deletions()).toHaveLength(0);
  }, 15_000);

  it('pressing Escape in the step cancels it', async () => {
    const user = userEvent.setup({ delay: null });
    const { patches } = openCard();
    await openWithdrawStep(user);
    await user.keyboard('{Escape}');

    const card = await findCard();
    expect(within(card).queryByRole('group')).not.toBeInTheDocument();
    expect(patches).toEqual([]);
  }, 15_000);

  it('when the deletion fails, the error shows, the withdrawal stands and no deletion is claimed', async () => {
    const user = userEvent.setup({ delay: null });
    const { patches } = openCard({ isDeleteDown: true });
    const step = await openWithdrawStep(user);
    await user.click(within(step).getByRole('button', { name: 'Withdraw and delete my health data' }));

    expect(
      await screen.findByText(
        'Your consent is withdrawn, but your health data is not deleted. The database is not answering. Try later.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/symptom logs were deleted/)).not.toBeInTheDocument();
    expect(patches).toEqual([{ healthDataConsent: false }]);
    const card = await findCard();
    expect(within(card).getByText(/You have not agreed/)).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: 'Delete my stored health data' })).toBeVisible();
  }, 15_000);

  it('when the withdrawal fails, the error shows, consent stands, nothing is deleted and the step stays open', async () => {
    const user = userEvent.setup({ delay: null });
    const { deletions } = openCard({ isPatchDown: true });
    const step = await openWithdrawStep(user);
    await user.click(within(step).getByRole('button', { name: 'Withdraw and delete my health data' }));

    expect(await screen.findByText('The database is not answering. Try later.')).toBeInTheDocument();
    expect(deletions()).toHaveLength(0);
    expect(screen.queryByText(/Your consent is withdrawn/)).not.toBeInTheDocument();
    const card = await findCard();
    expect(within(card).getByText(/You have agreed/)).toBeInTheDocument();
    await waitFor(() =>
      expect(within(step).getByRole('button', { name: 'Withdraw and delete my health data' })).toBeEnabled(),
    );
  }, 15_000);
});

describe('giving health-data consent', () => {
  it('reads the health views again, so the logs refused without consent show at once', async () => {
    const user = userEvent.setup({ delay: null });
    const { patches } = openCard({ user: makeUser({ healthDataConsent: false }) });
    expect(await screen.findByText('Logs need consent')).toBeInTheDocument();

    await user.click(within(await findCard()).getByRole('button', { name: 'Give consent' }));

    expect(await screen.findByText('Logs shown: 2')).toBeInTheDocument();
    expect(screen.getByText('Thank you. You can log symptoms again.')).toBeInTheDocument();
    expect(patches).toEqual([{ healthDataConsent: true }]);
    expect(backend.callsTo('GET', '/api/symptoms')).toHaveLength(2);
  }, 15_000);

  it('withdrawing reads them again too, so nothing shows what consent no longer covers', async () => {
    const user = userEvent.setup({ delay: null });
    openCard();
    expect(await screen.findByText('Logs shown: 2')).toBeInTheDocument();
    const step = await openWithdrawStep(user);
    await user.click(within(step).getByRole('button', { name: 'Withdraw, keep what I logged' }));

    expect(await screen.findByText('Logs need consent')).toBeInTheDocument();
  }, 15_000);
});

describe('deleting stored health data after consent was withdrawn', () => {
  const withdrawnEarlier = () => makeUser({ onboardingData: ONBOARDED, healthDataConsent: false });

  async function openDeleteStep(user: ReturnType<typeof userEvent.setup>) {
    const card = await findCard();
    await user.click(within(card).getByRole('button', { name: 'Delete my stored health data' }));
    return within(card).getByRole('group', { name: 'Delete your stored health data?' });
  }

  it('confirming deletes it, keeps the consent withdrawn and says how many logs went', async () => {
    const user = userEvent.setup({ delay: null });
    const { patches, deletions } = openCard({ user: withdrawnEarlier() });
    const step = await openDeleteStep(user);
    expect(step).toHaveAccessibleDescription(/cannot be undone/);
    await user.click(within(step).getByRole('button', { name: 'Yes, delete my health data' }));

    expect(
      await screen.findByText('Your stored health data is deleted, including 12 symptom logs.'),
    ).toBeInTheDocument();
    expect(deletions()).toHaveLength(1);
    expect(patches).toEqual([]);
    expect(within(await findCard()).getByText(/You have not agreed/)).toBeInTheDocument();
  }, 15_000);

  it('cancelling sends nothing', async () => {
    const user = userEvent.setup({ delay: null });
    const { deletions } = openCard({ user: withdrawnEarlier() });
    const step = await openDeleteStep(user);
    await user.click(within(step).getByRole('button', { name: 'Cancel' }));

    const card = await findCard();
    expect(within(card).getByRole('button', { name: 'Delete my stored health data' })).toHaveFocus();
    expect(deletions()).toHaveLength(0);
  }, 15_000);

  it('when the deletion fails, the error shows and the step stays open to try again', async () => {
    const user = userEvent.setup({ delay: null });
    openCard({ user: withdrawnEarlier(), isDeleteDown: true });
    const step = await openDeleteStep(user);
    await user.click(within(step).getByRole('button', { name: 'Yes, delete my health data' }));

    expect(await screen.findByText('The database is not answering. Try later.')).toBeInTheDocument();
    expect(screen.queryByText(/is deleted/)).not.toBeInTheDocument();
    expect(within(step).getByRole('button', { name: 'Yes, delete my health data' })).toBeVisible();
  }, 15_000);
});
