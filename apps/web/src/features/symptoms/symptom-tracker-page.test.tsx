import type { SymptomLog, User } from '@hormohelp/contracts';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, todayIsoDate } from '@/lib/format';
import { tokenStore } from '@/lib/token-store';
import { delay, installFakeBackend, makeToken, makeUser, type RecordedCall } from '@/test/fake-backend';
import { fireEvent, screen, waitFor, within } from '@/test/render';
import { renderWithAuth } from '@/test/render-with-auth';
import { formatLogDay } from './lib/log-day';
import SymptomTrackerPage from './symptom-tracker-page';

const TOKEN = makeToken('tracker');

function log(id: string, date: string, overrides: Partial<SymptomLog> = {}): SymptomLog {
  return {
    id,
    date,
    symptoms: ['Fatigue'],
    notes: '',
    severity: 4,
    mood: 6,
    energy: 5,
    sleep: 7,
    createdAt: `${date}T08:00:00.000Z`,
    ...overrides,
  };
}

const OLDER = log('11111111-1111-4111-8111-111111111111', '2026-01-10');
const OLDEST = log('22222222-2222-4222-8222-222222222222', '2026-01-09');
const NEW_ID = '33333333-3333-4333-8333-333333333333';

let backend: ReturnType<typeof installFakeBackend> | undefined;
afterEach(() => {
  backend?.restore();
  tokenStore.clear();
});

type Reply = { status: number; data?: unknown };
type ListParams = { from?: string; to?: string; limit?: string; cursor?: string };

/**
 * The API as far as the tracker uses it, one log a day: the session, the consent, and the logs, newest
 * day first in pages of `limit` (the cursor is the last date sent). `isFrozen` leaves every later read
 * unanswered, to show what the page shows without reading again.
 */
function serveTracker({
  logs = [] as SymptomLog[],
  user = makeUser() as User,
  deleteReply = async (): Promise<Reply> => ({ status: 204 }),
} = {}) {
  const server = { logs: [...logs], user, isFrozen: false, patches: [] as unknown[] };
  const edits = Object.fromEntries(
    logs.map((original) => [
      `PATCH /api/symptoms/${original.id}`,
      (_call: RecordedCall, body: unknown) => {
        server.patches.push(body);
        const edited = {
          ...(server.logs.find((entry) => entry.id === original.id) ?? original),
          ...(body as object),
        };
        server.logs = server.logs.map((entry) => (entry.id === original.id ? edited : entry));
        return { status: 200, data: { item: edited } };
      },
    ]),
  );
  const deletions = Object.fromEntries(
    logs.map((original) => [`DELETE /api/symptoms/${original.id}`, deleteReply]),
  );
  const list = (call: RecordedCall) => {
    const { from, to, limit: asked = '20', cursor } = (call.params ?? {}) as ListParams;
    const limit = Number(asked);
    const matching = server.logs
      .filter((entry) => (!from || entry.date >= from) && (!to || entry.date <= to))
      .filter((entry) => !cursor || entry.date < cursor)
      .sort((a, b) => (a.date < b.date ? 1 : -1));
    const items = matching.slice(0, limit);
    const nextCursor = matching.length > limit ? (items.at(-1)?.date ?? null) : null;
    return { status: 200, data: { items, nextCursor } };
  };
  backend = installFakeBackend({
    ...edits,
    ...deletions,
    'POST /auth/refresh': () => ({ status: 200, data: { accessToken: TOKEN, user: server.user } }),
    'PATCH /users/me': (_call, body) => {
      server.user = { ...server.user, ...(body as Partial<User>) };
      return { status: 200, data: { user: server.user } };
    },
    'GET /api/symptoms': (call) => (server.isFrozen ? new Promise(() => {}) : list(call)),
    'POST /api/symptoms': (_call, body) => {
      if (!server.user.healthDataConsent)
        return { status: 403, data: { error: { code: 'consent_required', message: 'Consent first.' } } };
      const fields = body as Omit<SymptomLog, 'id' | 'createdAt'>;
      const existing = server.logs.find((entry) => entry.date === fields.date);
      const saved = { ...(existing ?? log(NEW_ID, fields.date)), ...fields };
      server.logs = [...server.logs.filter((entry) => entry !== existing), saved];
      return { status: existing ? 200 : 201, data: { item: saved } };
    },
  });
  return server;
}

function renderPage() {
  renderWithAuth({ at: '/dashboard', protectedPage: <SymptomTrackerPage /> });
}

function history() {
  return screen.getByRole('region', { name: 'History' });
}

function historyHeadings() {
  return within(history())
    .queryAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent);
}

/** The card of one day in the history. */
function entryFor(date: string) {
  const heading = within(history()).getByRole('heading', { level: 3, name: formatDate(date) });
  return heading.closest('article') as HTMLElement;
}

describe('the symptom tracker page', () => {
  it('shows a saved day in the history as soon as the server answers, without reading the history again', async () => {
    const user = userEvent.setup({ delay: null });
    const today = todayIsoDate();
    const server = serveTracker({ logs: [OLDER] });
    renderPage();
    await screen.findByRole('heading', { level: 3, name: formatDate(OLDER.date) });
    expect(document.title).toBe('Symptom tracker · HormoHelp');
    await waitFor(() => expect(backend?.callsTo('GET', '/api/symptoms')).toHaveLength(2));

    server.isFrozen = true;
    await user.click(screen.getByRole('button', { name: 'Save log' }));

    expect(await screen.findByText(`Saved for ${formatLogDay(today)}`)).toBeInTheDocument();
    expect(historyHeadings()).toEqual([formatDate(today), formatDate(OLDER.date)]);
  }, 15_000);

  it('saving the same day again updates its one entry and says it was updated', async () => {
    const user = userEvent.setup({ delay: null });
    const today = todayIsoDate();
    serveTracker({ logs: [OLDER] });
    renderPage();
    await screen.findByRole('heading', { level: 3, name: formatDate(OLDER.date) });

    await user.click(screen.getByRole('button', { name: 'Save log' }));
    await screen.findByText(`Saved for ${formatLogDay(today)}`);
    fireEvent.change(screen.getByRole('slider', { name: 'Severity' }), { target: { value: '9' } });
    await user.click(screen.getByRole('button', { name: 'Save log' }));

    expect(await screen.findByText(`Updated your log for ${formatLogDay(today)}`)).toBeInTheDocument();
    await waitFor(() => expect(within(entryFor(today)).getByText('9/10')).toBeInTheDocument());
    expect(historyHeadings()).toEqual([formatDate(today), formatDate(OLDER.date)]);
  }, 15_000);

  it('editing a past day through Edit sends a PATCH of that log and shows the change in its entry', async () => {
    const user = userEvent.setup({ delay: null });
    const server = serveTracker({ logs: [OLDER] });
    renderPage();

    await user.click(await screen.findByRole('button', { name: `Edit log for ${formatDate(OLDER.date)}` }));
    expect(screen.getByRole('heading', { name: 'Edit your log for Saturday 10 January' })).toHaveFocus();
    expect(screen.getByLabelText('Date')).toHaveValue(OLDER.date);
    expect(screen.getByLabelText('Date')).toHaveAttribute('readonly');
    fireEvent.change(screen.getByRole('slider', { name: 'Severity' }), { target: { value: '8' } });
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Updated your log for Saturday 10 January')).toBeInTheDocument();
    expect(server.patches).toEqual([
      { symptoms: ['Fatigue'], notes: '', severity: 8, mood: 6, energy: 5, sleep: 7 },
    ]);
    expect(backend?.callsTo('POST', '/api/symptoms')).toHaveLength(0);
    expect(within(entryFor(OLDER.date)).getByText('8/10')).toBeInTheDocument();
    expect(historyHeadings()).toEqual([formatDate(OLDER.date)]);
    // Back to logging a day.
    expect(screen.getByRole('heading', { name: 'Log a day' })).toBeInTheDocument();
  }, 15_000);

  it('without consent, the consent step shows first, and giving consent there reveals the form', async () => {
    const user = userEvent.setup({ delay: null });
    const server = serveTracker({ logs: [OLDER], user: makeUser({ healthDataConsent: false }) });
    renderPage();

    const step = await screen.findByRole('region', { name: 'Your consent to store health data' });
    expect(within(step).getByText(/stores the day, the symptoms you tick/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save log' })).not.toBeInTheDocument();
    // What was logged before stays readable.
    expect(
      await screen.findByRole('heading', { level: 3, name: formatDate(OLDER.date) }),
    ).toBeInTheDocument();

    await user.click(within(step).getByRole('button', { name: 'I agree: store my health data' }));

    expect(await screen.findByRole('heading', { name: 'Log a day' })).toHaveFocus();
    expect(server.user.healthDataConsent).toBe(true);
    expect(backend?.callsTo('PATCH', '/users/me')).toHaveLength(1);
    expect(screen.queryByRole('region', { name: /consent/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save log' }));
    expect(await screen.findByText(`Saved for ${formatLogDay(todayIsoDate())}`)).toBeInTheDocument();
  }, 15_000);

  it('when consent was withdrawn elsewhere, a refused save brings the consent step back', async () => {
    const user = userEvent.setup({ delay: null });
    const server = serveTracker({ logs: [OLDER] });
    renderPage();
    await screen.findByRole('heading', { level: 3, name: formatDate(OLDER.date) });
    // Withdrawn in another tab: this page's session still says it is given.
    server.user = { ...server.user, healthDataConsent: false };

    await user.click(screen.getByRole('button', { name: 'Save log' }));

    const step = await screen.findByRole('region', { name: 'Your consent to store health data' });
    await user.click(within(step).getByRole('button', { name: 'I agree: store my health data' }));
    await user.click(await screen.findByRole('button', { name: 'Save log' }));
    expect(await screen.findByText(`Saved for ${formatLogDay(todayIsoDate())}`)).toBeInTheDocument();
  }, 15_000);

  it('loads older pages on demand, each day once', async () => {
    const user = userEvent.setup({ delay: null });
    const days = Array.from({ length: 11 }, (_, index) =>
      log(`44444444-4444-4444-8444-${String(index).padStart(12, '0')}`, `2026-01-${String(index + 10)}`),
    );
    serveTracker({ logs: days });
    renderPage();
    await screen.findByRole('heading', { level: 3, name: formatDate('2026-01-20') });
    expect(historyHeadings()).toHaveLength(10);

    await user.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(historyHeadings()).toHaveLength(11));
    expect(historyHeadings().at(-1)).toBe(formatDate('2026-01-10'));
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  }, 15_000);

  it('removes a log as soon as deletion is confirmed and puts it back when the server refuses', async () => {
    const user = userEvent.setup({ delay: null });
    serveTracker({
      logs: [OLDER, OLDEST],
      deleteReply: async () => {
        await delay(30);
        return {
          status: 503,
          data: { error: { code: 'upstream_unavailable', message: 'Try again shortly.' } },
        };
      },
    });
    renderPage();
    const day = formatDate(OLDER.date);
    await user.click(await screen.findByRole('button', { name: `Delete log for ${day}` }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete' }));

    expect(screen.queryByRole('heading', { name: day })).not.toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: day })).toBeInTheDocument();
    expect(historyHeadings()).toEqual([day, formatDate(OLDEST.date)]);
    expect(backend?.callsTo('DELETE', `/api/symptoms/${OLDER.id}`)).toHaveLength(1);
  }, 15_000);
});
