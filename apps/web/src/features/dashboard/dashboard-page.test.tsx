import type { SymptomLog, SymptomStats } from '@hormohelp/contracts';
import userEvent from '@testing-library/user-event';
import { AxiosError, AxiosHeaders, type AxiosRequestConfig } from 'axios';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import { api } from '@/lib/api-client';
import { todayIsoDate } from '@/lib/format';
import { makeUser } from '@/test/fake-backend';
import { render, screen, waitFor, within } from '@/test/render';
import DashboardPage from './dashboard-page';

vi.mock('@/features/auth', () => ({ useAuth: () => ({ user: makeUser({ name: 'Asha Rao' }) }) }));

function stats(days: number, overrides: Partial<SymptomStats> = {}): SymptomStats {
  return {
    days,
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

/** Answers GET calls by path; `days` echoes the range the page asked for. */
function stubApi(logs: SymptomLog[], withData: boolean) {
  return vi.spyOn(api, 'get').mockImplementation(async (url: string, config?: AxiosRequestConfig) => {
    if (url === '/api/symptoms/stats') {
      const days = Number(config?.params?.days);
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
      return { data };
    }
    if (url === '/api/symptoms') return { data: { items: logs, nextCursor: null } };
    if (url === '/api/symptoms/insights')
      return { data: { available: false, daysLogged: 1, daysNeeded: 14 } };
    throw new Error(`unexpected GET ${url}`);
  });
}

const renderPage = () =>
  render(
    <MemoryRouter future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
      <DashboardPage />
    </MemoryRouter>,
  );

describe('the dashboard', () => {
  it('welcomes someone who has never logged and points them to their first log', async () => {
    stubApi([], false);
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
    const get = stubApi([TODAY_LOG], true);
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
    const ranges = get.mock.calls
      .filter(([url]) => url === '/api/symptoms/stats')
      .map(([, config]) => config?.params);
    expect(ranges).toEqual([
      { days: 30, today: todayIsoDate() },
      { days: 7, today: todayIsoDate() },
    ]);
  }, 15_000);

  it("asks for the stats of the window that ends on the browser's own date", async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    // Late in the evening of 7 December where the person is: already the 8th in UTC+14.
    vi.setSystemTime(new Date(2026, 11, 7, 23, 30));
    try {
      const get = stubApi([TODAY_LOG], true);
      renderPage();
      await screen.findByRole('region', { name: 'Today' });
      const asked = get.mock.calls.filter(([url]) => url === '/api/symptoms/stats').map(([, c]) => c?.params);
      expect(asked).toEqual([{ days: 30, today: '2026-12-07' }]);
    } finally {
      vi.useRealTimers();
    }
  }, 15_000);

  it('says the dashboard could not be loaded, and shows it once Try again succeeds', async () => {
    const user = userEvent.setup({ delay: null });
    // The first request fails; every one after it is answered.
    stubApi([TODAY_LOG], true).mockImplementationOnce(async () => {
      throw new AxiosError('down', 'ERR_BAD_RESPONSE', undefined, undefined, {
        status: 503,
        statusText: '503',
        headers: {},
        config: { headers: new AxiosHeaders() },
        data: { error: { code: 'upstream_unavailable', message: 'Down' } },
      });
    });
    renderPage();
    expect(await screen.findByText('Your dashboard could not be loaded.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('region', { name: 'Today' })).toBeInTheDocument();
    expect(screen.queryByText('Your dashboard could not be loaded.')).not.toBeInTheDocument();
  }, 15_000);

  it('offers to log today when today has no log yet', async () => {
    stubApi([{ ...TODAY_LOG, date: '2020-01-01' }], true);
    renderPage();
    expect(await screen.findByRole('link', { name: 'Log today' })).toHaveAttribute(
      'href',
      '/symptom-tracker',
    );
  }, 15_000);
});
