import type { SymptomLog } from '@hormohelp/contracts';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, todayIsoDate } from '@/lib/format';
import { delay, installFakeBackend } from '@/test/fake-backend';
import { render, screen, waitFor, within } from '@/test/render';
import SymptomTrackerPage from './symptom-tracker-page';

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

let backend: ReturnType<typeof installFakeBackend> | undefined;
afterEach(() => backend?.restore());

function historyHeadings() {
  const history = screen.getByRole('region', { name: 'History' });
  return within(history)
    .getAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent);
}

describe('the symptom tracker page', () => {
  it('puts a new log at the top of the history at once and loads older pages on demand', async () => {
    const user = userEvent.setup({ delay: null });
    const today = todayIsoDate();
    backend = installFakeBackend({
      'GET /api/symptoms': (_call, _body) => ({
        status: 200,
        data: { items: [OLDER], nextCursor: 'page-2' },
      }),
      'POST /api/symptoms': (_call, body) => ({
        status: 201,
        data: { item: log('33333333-3333-4333-8333-333333333333', (body as { date: string }).date) },
      }),
    });
    render(<SymptomTrackerPage />);
    expect(document.title).toBe('Symptom tracker · HormoHelp');
    await screen.findByRole('heading', { name: formatDate(OLDER.date) });

    await user.click(screen.getByRole('button', { name: 'Save log' }));
    await waitFor(() => expect(historyHeadings()).toEqual([formatDate(today), formatDate(OLDER.date)]));

    backend.restore();
    backend = installFakeBackend({
      'GET /api/symptoms': () => ({ status: 200, data: { items: [OLDEST], nextCursor: null } }),
    });
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() =>
      expect(historyHeadings()).toEqual([formatDate(today), formatDate(OLDER.date), formatDate(OLDEST.date)]),
    );
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  }, 15_000);

  it('removes a log as soon as deletion is confirmed and puts it back when the server refuses', async () => {
    const user = userEvent.setup({ delay: null });
    backend = installFakeBackend({
      'GET /api/symptoms': () => ({ status: 200, data: { items: [OLDER], nextCursor: null } }),
      [`DELETE /api/symptoms/${OLDER.id}`]: async () => {
        await delay(30);
        return {
          status: 503,
          data: { error: { code: 'upstream_unavailable', message: 'Try again shortly.' } },
        };
      },
    });
    render(<SymptomTrackerPage />);
    const day = formatDate(OLDER.date);
    await user.click(await screen.findByRole('button', { name: `Delete log for ${day}` }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete' }));

    expect(screen.queryByRole('heading', { name: day })).not.toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: day })).toBeInTheDocument();
    expect(backend.callsTo('DELETE', `/api/symptoms/${OLDER.id}`)).toHaveLength(1);
  }, 15_000);
});
