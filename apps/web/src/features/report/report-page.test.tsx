import type { SymptomLog } from '@hormohelp/contracts';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDate, todayIsoDate } from '@/lib/format';
import { installFakeBackend, makeUser } from '@/test/fake-backend';
import { render, screen, within } from '@/test/render';
import { shiftIsoDate } from './lib/date-range';
import ReportPage from './report-page';

vi.mock('@/features/auth', () => ({ useAuth: () => ({ user: makeUser({ name: 'Asha Rao' }) }) }));

const today = todayIsoDate();
function log(daysAgo: number, id: string, overrides: Partial<SymptomLog> = {}): SymptomLog {
  return {
    id: `aaaaaaaa-aaaa-4aaa-8aaa-${id.padStart(12, '0')}`,
    date: shiftIsoDate(today, -daysAgo),
    symptoms: ['Cramps'],
    notes: '',
    severity: 6,
    mood: 4,
    energy: 5,
    sleep: 3,
    createdAt: `${shiftIsoDate(today, -daysAgo)}T08:00:00.000Z`,
    ...overrides,
  };
}

type Params = { from: string; to: string; limit: string; cursor?: string };
let backend: ReturnType<typeof installFakeBackend>;
afterEach(() => {
  backend.restore();
  vi.restoreAllMocks();
});

/** Two pages of logs, newest first like the API, so the report must follow the cursor. */
function serveLogs(firstPage: SymptomLog[], secondPage: SymptomLog[]) {
  backend = installFakeBackend({
    'GET /api/symptoms': (call) => {
      const params = call.params as Params | undefined;
      return params?.cursor === 'page-2'
        ? { status: 200, data: { items: secondPage, nextCursor: null } }
        : { status: 200, data: { items: firstPage, nextCursor: 'page-2' } };
    },
  });
}

const renderPage = () =>
  render(
    <MemoryRouter future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
      <ReportPage />
    </MemoryRouter>,
  );

describe('the doctor-ready report', () => {
  it('reports the last 30 days by default from every page of logs: name, range, averages, top symptoms and notes', async () => {
    serveLogs(
      [log(0, '1', { severity: 8, notes: 'Pain woke me at 3 am', symptoms: ['Cramps', 'Back pain'] })],
      [log(3, '2', { severity: 4, notes: 'Better after rest' }), log(5, '3', { symptoms: ['Acne'] })],
    );
    renderPage();

    const report = await screen.findByRole('article', { name: 'Asha Rao' });
    const from = shiftIsoDate(today, -29);
    expect(
      within(report).getByText(new RegExp(`${formatDate(from)} – ${formatDate(today)}`)),
    ).toBeInTheDocument();
    expect(within(report).getByText(/3 logs on 3 of 30 days/)).toBeInTheDocument();
    expect(within(report).getByText('Not medical advice.')).toBeInTheDocument();

    const averages = within(report).getByRole('region', { name: 'Averages' });
    expect(within(averages).getByText('6.0')).toBeInTheDocument();
    const symptoms = within(report).getByRole('region', { name: 'Top symptoms' });
    expect(
      within(symptoms)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Cramps2 days', 'Acne1 day', 'Back pain1 day']);
    const notes = within(report).getByRole('region', { name: 'Notes' });
    expect(
      within(notes)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      expect.stringContaining('Better after rest'),
      expect.stringContaining('Pain woke me at 3 am'),
    ]);

    const asked = backend.callsTo('GET', '/api/symptoms').map((call) => call.params);
    expect(asked).toEqual([
      { from, to: today, limit: '100' },
      { from, to: today, limit: '100', cursor: 'page-2' },
    ]);
    expect(document.title).toBe('Report for your doctor · HormoHelp');
  }, 15_000);

  it('prints through the browser when asked', async () => {
    const user = userEvent.setup({ delay: null });
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    serveLogs([log(1, '1')], []);
    renderPage();
    await screen.findByRole('article', { name: 'Asha Rao' });
    await user.click(screen.getByRole('button', { name: 'Print / Save as PDF' }));
    expect(print).toHaveBeenCalledTimes(1);
  }, 15_000);

  it('asks for the chosen dates, and refuses a range that ends before it starts', async () => {
    const user = userEvent.setup({ delay: null });
    serveLogs([], []);
    renderPage();
    expect(await screen.findByText('No symptoms were logged between these dates.')).toBeInTheDocument();

    const fromField = screen.getByLabelText('From');
    const toField = screen.getByLabelText('To');
    await user.clear(fromField);
    await user.type(fromField, '2026-03-10');
    await user.clear(toField);
    await user.type(toField, '2026-03-01');
    await user.click(screen.getByRole('button', { name: 'Show report' }));
    expect(toField).toHaveAccessibleDescription('The start date is after the end date.');

    await user.clear(toField);
    await user.type(toField, '2026-03-31');
    await user.click(screen.getByRole('button', { name: 'Show report' }));
    await screen.findByText(/10 Mar 2026 – 31 Mar 2026/);
    expect(backend.callsTo('GET', '/api/symptoms').at(-2)?.params).toEqual({
      from: '2026-03-10',
      to: '2026-03-31',
      limit: '100',
    });
  }, 15_000);

  it('says the report could not be prepared and tries again on request', async () => {
    const user = userEvent.setup({ delay: null });
    let isDown = true;
    backend = installFakeBackend({
      'GET /api/symptoms': () =>
        isDown
          ? {
              status: 503,
              data: { error: { code: 'upstream_unavailable', message: 'The database is unavailable.' } },
            }
          : { status: 200, data: { items: [log(2, '9', { notes: 'Back again' })], nextCursor: null } },
    });
    renderPage();
    expect(await screen.findByRole('alert')).toHaveTextContent('The database is unavailable.');
    expect(screen.getByRole('button', { name: 'Print / Save as PDF' })).toBeDisabled();
    isDown = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Back again')).toBeInTheDocument();
  }, 15_000);
});
