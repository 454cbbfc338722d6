import type { SymptomLog } from '@hormohelp/contracts';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { todayIsoDate } from '@/lib/format';
import { installFakeBackend } from '@/test/fake-backend';
import { fireEvent, render, screen, waitFor } from '@/test/render';
import { SymptomLogForm } from './symptom-log-form';

function savedLog(body: Record<string, unknown>): SymptomLog {
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
  };
}

let backend: ReturnType<typeof installFakeBackend> | undefined;
afterEach(() => backend?.restore());

describe('the daily symptom log form', () => {
  it('defaults to the local date and sends chips, a custom symptom, the four scores and trimmed notes in one POST', async () => {
    const user = userEvent.setup({ delay: null });
    const bodies: unknown[] = [];
    backend = installFakeBackend({
      'POST /api/symptoms': (_call, body) => {
        bodies.push(body);
        return { status: 201, data: { item: savedLog(body as Record<string, unknown>) } };
      },
    });
    const onLogged = vi.fn();
    render(<SymptomLogForm onLogged={onLogged} />);

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

    await waitFor(() => expect(onLogged).toHaveBeenCalledTimes(1));
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
    expect(onLogged.mock.calls[0]?.[0]).toMatchObject({ symptoms: ['Cramps', 'Jaw tension'], severity: 7 });
    // The form is ready for the next log: chips off, scores back in the middle.
    expect(screen.getByRole('button', { name: 'Cramps' })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('slider', { name: 'Severity' })).toHaveValue('5');
  }, 15_000);

  it('refuses a future date beside the date field without calling the API', async () => {
    const user = userEvent.setup({ delay: null });
    backend = installFakeBackend({});
    render(<SymptomLogForm onLogged={vi.fn()} />);

    fireEvent.change(screen.getByLabelText('Date'), { target: { value: '2999-01-01' } });
    await user.click(screen.getByRole('button', { name: 'Save log' }));

    expect(await screen.findByText('You can only log today or an earlier day')).toBeInTheDocument();
    expect(screen.getByLabelText('Date')).toHaveAttribute('aria-invalid', 'true');
    expect(backend.calls).toHaveLength(0);
  }, 15_000);

  it('shows the API validation messages beside their fields, including one about a single chip', async () => {
    const user = userEvent.setup({ delay: null });
    backend = installFakeBackend({
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
    const onLogged = vi.fn();
    render(<SymptomLogForm onLogged={onLogged} />);

    await user.click(screen.getByRole('button', { name: 'Acne' }));
    await user.click(screen.getByRole('button', { name: 'Save log' }));

    const date = screen.getByLabelText('Date');
    await waitFor(() => expect(date).toHaveAccessibleDescription('Date cannot be in the future'));
    expect(screen.getByText('Too long')).toBeInTheDocument();
    expect(onLogged).not.toHaveBeenCalled();
    // What the person entered is kept so they can fix it.
    expect(screen.getByRole('button', { name: 'Acne' })).toHaveAttribute('aria-pressed', 'true');
  }, 15_000);

  it('does not add a custom symptom twice when it matches a listed one in another case', async () => {
    const user = userEvent.setup({ delay: null });
    const bodies: Array<Record<string, unknown>> = [];
    backend = installFakeBackend({
      'POST /api/symptoms': (_call, body) => {
        bodies.push(body as Record<string, unknown>);
        return { status: 201, data: { item: savedLog(body as Record<string, unknown>) } };
      },
    });
    render(<SymptomLogForm onLogged={vi.fn()} />);

    await user.type(screen.getByLabelText('Add your own symptom'), 'headache');
    await user.click(screen.getByRole('button', { name: 'Add symptom' }));
    await user.type(screen.getByLabelText('Add your own symptom'), 'HEADACHE{Enter}');
    expect(screen.getByRole('button', { name: 'Headache' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: 'Save log' }));

    await waitFor(() => expect(bodies).toHaveLength(1));
    expect(bodies[0]?.symptoms).toEqual(['Headache']);
  }, 15_000);
});
