import type { Booking, Expert } from '@hormohelp/contracts';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installFakeBackend, makeUser } from '@/test/fake-backend';
import { render, screen, waitFor, within } from '@/test/render';
import ConsultationsPage from './consultations-page';

const auth = vi.hoisted(() => ({ emailVerified: true }));
vi.mock('@/features/auth', () => ({
  useAuth: () => ({ user: makeUser({ emailVerified: auth.emailVerified }) }),
}));

const EXPERT: Expert = {
  id: 'dr-rohan-mehta',
  name: 'Dr Rohan Mehta',
  title: 'Endocrinologist',
  specialties: ['Thyroid'],
  consultationTypes: ['video', 'phone'],
  slots: [{ date: '2999-05-01', time: '10:00' }],
};

function booking(id: string, date: string, status: string): Booking {
  return {
    id,
    expertId: EXPERT.id,
    type: 'video',
    date,
    time: '10:00',
    status,
    notes: '',
    createdAt: '2026-11-01T10:00:00.000Z',
  };
}

const UPCOMING = booking('dddddddd-dddd-4ddd-8ddd-dddddddddddd', '2999-04-01', 'pending');
const PAST = booking('eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee', '2020-04-01', 'confirmed');

let backend: ReturnType<typeof installFakeBackend> | undefined;
afterEach(() => {
  backend?.restore();
  auth.emailVerified = true;
});

describe('the consultations page', () => {
  it('lists upcoming and past bookings apart, and cancels an upcoming one after confirmation', async () => {
    const user = userEvent.setup({ delay: null });
    let bookings = [UPCOMING, PAST];
    backend = installFakeBackend({
      'GET /api/experts': () => ({ status: 200, data: { items: [EXPERT] } }),
      'GET /api/bookings': () => ({ status: 200, data: { items: bookings, nextCursor: null } }),
      [`DELETE /api/bookings/${UPCOMING.id}`]: () => {
        bookings = [{ ...UPCOMING, status: 'cancelled' }, PAST];
        return { status: 204 };
      },
    });
    render(<ConsultationsPage />);
    expect(document.title).toBe('Consultations · HormoHelp');

    const cancel = await screen.findByRole('button', {
      name: 'Cancel consultation with Dr Rohan Mehta on 1 Apr 2999 at 10:00',
    });
    expect(screen.getByText('Awaiting confirmation')).toBeInTheDocument();
    expect(screen.getByText('Confirmed')).toBeInTheDocument();
    // A past consultation cannot be cancelled.
    expect(screen.getAllByRole('button', { name: /^Cancel consultation/ })).toHaveLength(1);

    await user.click(cancel);
    await user.click(screen.getByRole('button', { name: 'Keep booking' }));
    expect(backend.callsTo('DELETE', `/api/bookings/${UPCOMING.id}`)).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: /^Cancel consultation/ }));
    await user.click(screen.getByRole('button', { name: 'Yes, cancel' }));
    await waitFor(() => expect(screen.getByText('Cancelled')).toBeInTheDocument());
    expect(backend.callsTo('DELETE', `/api/bookings/${UPCOMING.id}`)).toHaveLength(1);
    expect(
      screen.getByText('Nothing booked yet. Choose an expert above to book a time.'),
    ).toBeInTheDocument();
    // The slot catalogue is read again, since the cancelled time is free.
    expect(backend.callsTo('GET', '/api/experts').length).toBeGreaterThanOrEqual(2);
    const past = screen.getByRole('heading', { name: 'Past and cancelled' }).parentElement as HTMLElement;
    expect(within(past).getAllByRole('listitem')).toHaveLength(2);
  }, 15_000);

  it('booking a slot lists the booking and no longer offers its time', async () => {
    const user = userEvent.setup({ delay: null });
    const SECOND_SLOT = { date: '2999-05-02', time: '11:00' };
    let experts: Expert[] = [{ ...EXPERT, slots: [...EXPERT.slots, SECOND_SLOT] }];
    let bookings: Booking[] = [];
    backend = installFakeBackend({
      'GET /api/experts': () => ({ status: 200, data: { items: experts } }),
      'GET /api/bookings': () => ({ status: 200, data: { items: bookings, nextCursor: null } }),
      'POST /api/bookings': (_call, body) => {
        const made = { ...booking(UPCOMING.id, '2999-05-01', 'pending'), ...(body as Partial<Booking>) };
        bookings = [made];
        experts = [{ ...EXPERT, slots: [SECOND_SLOT] }];
        return { status: 201, data: { item: made } };
      },
    });
    render(<ConsultationsPage />);

    await user.click(await screen.findByRole('radio', { name: EXPERT.name }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(await screen.findByRole('radio', { name: 'Video call' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(await screen.findByRole('radio', { name: '1 May 2999 at 10:00' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(await screen.findByRole('button', { name: 'Continue' }));
    await user.click(await screen.findByRole('button', { name: 'Confirm booking' }));

    expect(
      await screen.findByRole('button', {
        name: 'Cancel consultation with Dr Rohan Mehta on 1 May 2999 at 10:00',
      }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: EXPERT.name }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(await screen.findByRole('radio', { name: 'Video call' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('radio', { name: '2 May 2999 at 11:00' })).toBeInTheDocument();
    expect(screen.queryByRole('radio', { name: '1 May 2999 at 10:00' })).not.toBeInTheDocument();
  }, 15_000);

  it('when the bookings cannot be loaded, says so and loads them on "Try again"', async () => {
    const user = userEvent.setup({ delay: null });
    let isDown = true;
    backend = installFakeBackend({
      'GET /api/experts': () => ({ status: 200, data: { items: [EXPERT] } }),
      'GET /api/bookings': () =>
        isDown
          ? { status: 503, data: { error: { code: 'upstream_unavailable', message: 'Try later.' } } }
          : { status: 200, data: { items: [UPCOMING], nextCursor: null } },
    });
    render(<ConsultationsPage />);

    expect(await screen.findByText('Your bookings could not be loaded')).toBeInTheDocument();
    isDown = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Awaiting confirmation')).toBeInTheDocument();
  }, 15_000);

  it('when three upcoming bookings are held, shows the limit instead of the wizard until one is cancelled', async () => {
    const user = userEvent.setup({ delay: null });
    const held = ['1', '2', '3'].map((n) =>
      booking(
        `${n.repeat(8)}-${n.repeat(4)}-4${n.repeat(3)}-8${n.repeat(3)}-${n.repeat(12)}`,
        `2999-04-0${n}`,
        'confirmed',
      ),
    );
    let bookings = held;
    backend = installFakeBackend({
      'GET /api/experts': () => ({ status: 200, data: { items: [EXPERT] } }),
      'GET /api/bookings': () => ({ status: 200, data: { items: bookings, nextCursor: null } }),
      [`DELETE /api/bookings/${held[0]!.id}`]: () => {
        bookings = [{ ...held[0]!, status: 'cancelled' }, held[1]!, held[2]!];
        return { status: 204 };
      },
    });
    render(<ConsultationsPage />);

    expect(await screen.findByRole('status')).toHaveTextContent(
      'You already have 3 upcoming consultations, the most you can hold at once.',
    );
    expect(screen.queryByRole('radio', { name: EXPERT.name })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /on 1 Apr 2999 at 10:00$/ }));
    await user.click(screen.getByRole('button', { name: 'Yes, cancel' }));
    expect(await screen.findByRole('radio', { name: EXPERT.name })).toBeInTheDocument();
    expect(screen.getByText('You can hold up to 3 upcoming consultations at a time.')).toBeInTheDocument();
    expect(screen.queryByText(/the most you can hold at once/)).not.toBeInTheDocument();
  }, 15_000);

  it('explains that booking needs a verified email instead of showing the wizard', async () => {
    auth.emailVerified = false;
    backend = installFakeBackend({
      'GET /api/experts': () => ({ status: 200, data: { items: [EXPERT] } }),
      'GET /api/bookings': () => ({ status: 200, data: { items: [], nextCursor: null } }),
    });
    render(<ConsultationsPage />);
    expect(await screen.findByText(/Verify your email to book a consultation/)).toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
  }, 15_000);
});
