import type { SymptomLog, SymptomStats } from '@hormohelp/contracts';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { todayIsoDate } from '@/lib/format';
import { installFakeBackend, makeUser, type RecordedCall } from '@/test/fake-backend';
import { render, screen, waitFor, within } from '@/test/render';
import DashboardPage from './dashboard-page';

vi.mock('@/features/auth', () => ({ useAuth: () => ({ user: makeUser({ name: 'Asha Rao' }) }) }));

function stats(days: number, overrides: Partial<SymptomStats> = {}): SymptomStats {
  return {
    days,
    today: todayIsoDate(),
    totalLogs: 0,
    currentStreak: 0,
    longestStreak: 0,
    averages: { severity: null, mood: null, energy: null, sleep: null },
    topSymptoms: [],
    series: [],
    ...overrides,
  };
}

const TODAY_LOG: SymptomLog = {
  id: 'cccccccc-cccc-4ccc-8ccc-cccccccccccc',
  date: todayIsoDate(),
  symptoms: ['Hot flashes'],
  notes: '',
  severity: 6,
  mood: 4,
  energy: 3,
  sleep: 2,
  createdAt: '2026-11-27T08:00:00.000Z',
};

let backend: ReturnType<typeof installFakeBackend> | undefined;
afterEach(() => backend?.restore());

/**
 * Answers the dashboard's reads; `days` echoes the range the page asked for. With `failFirst`, the
 * first read of all gets a 503 and every one after it is answered.
 */
function serveDashboard(logs: SymptomLog[], withData: boolean, { failFirst = false } = {}) {
  let failuresLeft = failFirst ? 1 : 0;
  const unlessFailing =
    (answer: (call: RecordedCall) => { status: number; data: unknown }) => (call: RecordedCall) => {
      if (failuresLeft === 0) return answer(call);
      failuresLeft -= 1;
      return { status: 503, data: { error: { code: 'upstream_unavailable', message: 'Down' } } };
    };
  backend = installFakeBackend({
    'GET /api/symptoms/stats': unlessFailing((call) => {
      const days = Number(call.params?.days);
      const data = withData
        ? stats(days, {
            totalLogs: days === 7 ? 3 : 12,
            currentStreak: 3,
            longestStreak: 9,
            averages: { severity: 5.25, mood: 4, energy: 3.5, sleep: null },
            topSymptoms: [{ symptom: 'Hot flashes', count: 7 }],
            series: [{ date: todayIsoDate(), severity: 6, mood: 4, energy: 3, sleep: 2 }],
          })
        : stats(days);
      return { status: 200, data };
    }),
    'GET /api/symptoms': unlessFailing(() => ({ status: 200, data: { items: logs, nextCursor: null } })),
    'GET /api/symptoms/insights': unlessFailing(() => ({
      status: 200,
      data: { available: false, daysLogged: 1, daysNeeded: 14 },
    })),
  });
  return backend;
}

/** The query strings of the stats reads, in order. */
const statsAsked = (served: ReturnType<typeof installFakeBackend>) =>
  served.callsTo('GET', '/api/symptoms/stats').map((call) => call.params);

const renderPage = () =>
  render(
    <MemoryRouter future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
      <DashboardPage />
    </MemoryRouter>,
  );

describe('the dashboard', () => {
  it('welcomes someone who has never logged and points them to their first log', async () => {
    serveDashboard([], false);
    renderPage();
    expect(
      await screen.findByRole('heading', { name: 'Your dashboard starts with your first log' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Log your first day' })).toHaveAttribute(
      'href',
      '/symptom-tracker',
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/, Asha$/);
    expect(document.title).toBe('Dashboard · HormoHelp');
  }, 15_000);

  it("shows today's scores, the streaks and averages, and asks for the new range when it changes", async () => {
    const user = userEvent.setup({ delay: null });
    const served = serveDashboard([TODAY_LOG], true);
    renderPage();

    const today = await screen.findByRole('region', { name: 'Today' });
    expect(within(today).getByText('You have logged today. Nice work.')).toBeInTheDocument();
    expect(within(today).getByText('2/10')).toBeInTheDocument();
    expect(screen.getByText('9 days')).toBeInTheDocument();
    const averages = screen.getByRole('region', { name: 'Averages' });
    expect(within(averages).getByText('5.3')).toBeInTheDocument();
    expect(within(averages).getByText('–')).toBeInTheDocument();
    expect(
      screen.getByRole('table', { name: 'Daily scores over the last 30 days, from 1 to 10' }),
    ).toBeInTheDocument();
    const insights = await screen.findByRole('region', { name: 'Insights' });
    expect(within(insights).getByText(/^Log 13 more days to see/)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Daily reminder' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '7 days' }));
    await waitFor(() => expect(screen.getByText(/3 logs in the last 7 days/)).toBeInTheDocument());
    expect(screen.getByRole('button', { name: '7 days' })).toHaveAttribute('aria-pressed', 'true');
    expect(statsAsked(served)).toEqual([{ days: '30' }, { days: '7' }]);
  }, 15_000);

  it('takes today from the API, in the time zone of the account, not from the device', async () => {
    // The account is in Kiritimati, where it is already the 8th; the device still says the 7th.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 11, 7, 12, 0));
    try {
      const eighth = { ...TODAY_LOG, date: '2026-12-08' };
      backend = installFakeBackend({
        'GET /api/symptoms/stats': () => ({
          status: 200,
          data: stats(30, { today: '2026-12-08', totalLogs: 1 }),
        }),
        'GET /api/symptoms': () => ({ status: 200, data: { items: [eighth], nextCursor: null } }),
        'GET /api/symptoms/insights': () => ({
          status: 200,
          data: { available: false, daysLogged: 1, daysNeeded: 14 },
        }),
      });
      renderPage();
      const today = await screen.findByRole('region', { name: 'Today' });
      expect(within(today).getByText('You have logged today. Nice work.')).toBeInTheDocument();
      expect(statsAsked(backend)).toEqual([{ days: '30' }]);
    } finally {
      vi.useRealTimers();
    }
  }, 15_000);

  it('says the dashboard could not be loaded, and shows it once Try again succeeds', async () => {
    const user = userEvent.setup({ delay: null });
    serveDashboard([TODAY_LOG], true, { failFirst: true });
    renderPage();
    expect(await screen.findByText('Your dashboard could not be loaded.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('region', { name: 'Today' })).toBeInTheDocument();
    expect(screen.queryByText('Your dashboard could not be loaded.')).not.toBeInTheDocument();
  }, 15_000);

  it('offers to log today when today has no log yet', async () => {
    serveDashboard([{ ...TODAY_LOG, date: '2020-01-01' }], true);
    renderPage();
    expect(await screen.findByRole('link', { name: 'Log today' })).toHaveAttribute(
      'href',
      '/symptom-tracker',
    );
  }, 15_000);
});
