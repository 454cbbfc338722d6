import { createSymptomLogBodySchema, type SymptomLog } from '@hormohelp/contracts';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { todayIsoDate } from '@/lib/format';
import { installFakeBackend, type RecordedCall } from '@/test/fake-backend';
import { fireEvent, render, screen, waitFor } from '@/test/render';
import { formatLogDay } from '../lib/log-day';
import { SymptomLogForm } from './symptom-log-form';

const LOGGED_DAY = '2026-01-10';

function savedLog(body: Record<string, unknown>, overrides: Partial<SymptomLog> = {}): SymptomLog {
  return {
    id: '0b6b1c7e-2f57-4d8a-9a55-0f5a0c3b9d11',
    date: String(body.date),
    symptoms: body.symptoms as string[],
    notes: String(body.notes ?? ''),
    severity: Number(body.severity),
    mood: Number(body.mood),
    energy: Number(body.energy),
    sleep: Number(body.sleep),
    createdAt: '2026-11-27T08:00:00.000Z',
    ...overrides,
  };
}

const LOG_OF_LOGGED_DAY = savedLog({
  date: LOGGED_DAY,
  symptoms: ['Acne', 'Jaw tension'],
  notes: 'Long day',
  severity: 8,
  mood: 2,
  energy: 3,
  sleep: 4,
});

let backend: ReturnType<typeof installFakeBackend> | undefined;
afterEach(() => backend?.restore());

/**
 * A backend with one log a day: LOGGED_DAY has one from the start. GET answers the day the form asks
 * for; POST logs its body and saves the day, answering 201 for a new day and 200 for a replaced one.
 */
function serveSaves() {
  const bodies: Array<Record<string, unknown>> = [];
  const byDate = new Map<string, SymptomLog>([[LOGGED_DAY, LOG_OF_LOGGED_DAY]]);
  backend = installFakeBackend({
    'GET /api/symptoms': (call: RecordedCall) => {
      const log = byDate.get((call.params as { from: string }).from);
      return { status: 200, data: { items: log ? [log] : [], nextCursor: null } };
    },
    'POST /api/symptoms': (_call, body) => {
      const fields = body as Record<string, unknown>;
      bodies.push(fields);
      const existing = byDate.get(String(fields.date));
      const log = savedLog(fields, existing && { id: existing.id, createdAt: existing.createdAt });
      byDate.set(log.date, log);
      return { status: existing ? 200 : 201, data: { item: log } };
    },
  });
  return bodies;
}

describe('the daily symptom log form', () => {
  it('defaults to the local date and sends chips, a custom symptom, the four scores and trimmed notes in one POST', async () => {
    const user = userEvent.setup({ delay: null });
    const bodies = serveSaves();
    render(<SymptomLogForm />);

    expect(screen.getByLabelText('Date')).toHaveValue(todayIsoDate());
    await user.click(screen.getByRole('button', { name: 'Cramps' }));
    await user.click(screen.getByRole('button', { name: 'Bloating' }));
    await user.click(screen.getByRole('button', { name: 'Bloating' }));
    await user.type(screen.getByLabelText('Add your own symptom'), '  Jaw   tension {Enter}');
    fireEvent.change(screen.getByRole('slider', { name: 'Severity' }), { target: { value: '7' } });
    fireEvent.change(screen.getByRole('slider', { name: 'Mood' }), { target: { value: '3' } });
    fireEvent.change(screen.getByRole('slider', { name: 'Energy' }), { target: { value: '4' } });
    fireEvent.change(screen.getByRole('slider', { name: 'Sleep quality' }), { target: { value: '9' } });
    fireEvent.change(screen.getByLabelText('Notes'), { target: { value: '  Day 2 of cycle  ' } });
    await user.click(screen.getByRole('button', { name: 'Save log' }));

    expect(await screen.findByText(`Saved for ${formatLogDay(todayIsoDate())}`)).toHaveAttribute(
      'role',
      'status',
    );
    expect(bodies).toEqual([
      {
        date: todayIsoDate(),
        symptoms: ['Cramps', 'Jaw tension'],
        notes: 'Day 2 of cycle',
        severity: 7,
        mood: 3,
        energy: 4,
        sleep: 9,
      },
    ]);
    // The day is logged now: the form keeps its log, and saving again updates it.
    expect(screen.getByRole('button', { name: 'Cramps' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('slider', { name: 'Severity' })).toHaveValue('7');
    expect(screen.getByLabelText('Date')).toHaveAccessibleDescription(
      'You logged this day already; saving updates it.',
    );
  }, 15_000);

  it('after saving with Enter, the focus lands on the confirmation', async () => {
    const user = userEvent.setup({ delay: null });
    serveSaves();
    render(<SymptomLogForm />);

    await user.click(screen.getByLabelText('Date'));
    await user.keyboard('{Enter}');

    const confirmation = await screen.findByText(`Saved for ${formatLogDay(todayIsoDate())}`);
    expect(confirmation).toHaveAttribute('role', 'status');
    await waitFor(() => expect(confirmation).toHaveFocus());
  }, 15_000);

  it('loads the log of a day that has one into the form, and saving it says the day was updated', async () => {
    const user = userEvent.setup({ delay: null });
    const bodies = serveSaves();
    render(<SymptomLogForm />);

    fireEvent.change(screen.getByLabelText('Date'), { target: { value: LOGGED_DAY } });
    await waitFor(() => expect(screen.getByRole('slider', { name: 'Severity' })).toHaveValue('8'));
    expect(screen.getByLabelText('Date')).toHaveAccessibleDescription(
      'You logged this day already; saving updates it.',
    );
    expect(screen.getByRole('button', { name: 'Acne' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Remove Jaw tension' })).toBeInTheDocument();
    expect(screen.getByLabelText('Notes')).toHaveValue('Long day');

    await user.click(screen.getByRole('button', { name: 'Save log' }));
    expect(await screen.findByText('Updated your log for Saturday 10 January')).toBeInTheDocument();
    expect(bodies[0]).toMatchObject({ date: LOGGED_DAY, severity: 8, symptoms: ['Acne', 'Jaw tension'] });

    // A day without a log starts afresh rather than copying the other day's.
    fireEvent.change(screen.getByLabelText('Date'), { target: { value: '2026-01-11' } });
    await waitFor(() => expect(screen.getByRole('slider', { name: 'Severity' })).toHaveValue('5'));
    expect(screen.getByRole('button', { name: 'Acne' })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByLabelText('Date')).not.toHaveAccessibleDescription();
  }, 15_000);

  it('refuses a future date beside the date field without saving', async () => {
    const user = userEvent.setup({ delay: null });
    const bodies = serveSaves();
    render(<SymptomLogForm />);

    fireEvent.change(screen.getByLabelText('Date'), { target: { value: '2999-01-01' } });
    await user.click(screen.getByRole('button', { name: 'Save log' }));

    expect(await screen.findByText('You can only log today or an earlier day')).toBeInTheDocument();
    expect(screen.getByLabelText('Date')).toHaveAttribute('aria-invalid', 'true');
    expect(bodies).toHaveLength(0);
    expect(
      backend?.calls.filter(
        (call) => call.params && (call.params as { from?: string }).from === '2999-01-01',
      ),
    ).toEqual([]);
  }, 15_000);

  it('refuses an out-of-range score beside the score, saying which scores are allowed, and sends nothing', async () => {
    const user = userEvent.setup({ delay: null });
    backend = installFakeBackend({});
    // The contract's own rule refuses it: 10 is the highest score.
    expect(createSymptomLogBodySchema.shape.severity.safeParse(11).success).toBe(false);
    render(<SymptomLogForm editing={{ ...LOG_OF_LOGGED_DAY, severity: 11 }} />);

    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Choose 10 or less')).toBeInTheDocument();
    const severity = screen.getByRole('slider', { name: 'Severity' });
    expect(severity).toHaveAttribute('aria-invalid', 'true');
    expect(severity).toHaveFocus();
    expect(backend.calls).toHaveLength(0);
  }, 15_000);

  it('shows the API validation messages beside their fields, including one about a single chip', async () => {
    const user = userEvent.setup({ delay: null });
    backend = installFakeBackend({
      'GET /api/symptoms': () => ({ status: 200, data: { items: [], nextCursor: null } }),
      'POST /api/symptoms': () => ({
        status: 400,
        data: {
          error: {
            code: 'validation_error',
            message: 'Some fields need attention',
            details: { fields: { date: 'Date cannot be in the future', 'symptoms.0': 'Too long' } },
          },
        },
      }),
    });
    render(<SymptomLogForm />);

    await user.click(screen.getByRole('button', { name: 'Acne' }));
    await user.click(screen.getByRole('button', { name: 'Save log' }));

    const date = screen.getByLabelText('Date');
    await waitFor(() => expect(date).toHaveAccessibleDescription('Date cannot be in the future'));
    expect(date).toHaveFocus();
    expect(screen.getByText('Too long')).toBeInTheDocument();
    expect(screen.queryByText(/^(Saved for|Updated your log)/)).not.toBeInTheDocument();
    // What the person entered is kept so they can fix it.
    expect(screen.getByRole('button', { name: 'Acne' })).toHaveAttribute('aria-pressed', 'true');
  }, 15_000);

  it('does not add a custom symptom twice when it matches a listed one in another case', async () => {
    const user = userEvent.setup({ delay: null });
    const bodies = serveSaves();
    render(<SymptomLogForm />);

    await user.type(screen.getByLabelText('Add your own symptom'), 'headache');
    await user.click(screen.getByRole('button', { name: 'Add symptom' }));
    await user.type(screen.getByLabelText('Add your own symptom'), 'HEADACHE{Enter}');
    expect(screen.getByRole('button', { name: 'Headache' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: 'Save log' }));

    await waitFor(() => expect(bodies).toHaveLength(1));
    expect(bodies[0]?.symptoms).toEqual(['Headache']);
  }, 15_000);
});
