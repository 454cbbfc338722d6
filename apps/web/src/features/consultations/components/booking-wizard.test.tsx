import type { Expert } from '@hormohelp/contracts';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { installFakeBackend } from '@/test/fake-backend';
import { render, screen, waitFor } from '@/test/render';
import { bookingsQueryOptions } from '../api/bookings-query';
import { expertsQueryOptions } from '../api/experts-query';
import { BOOKING_LIMIT_MESSAGE } from './booking-limit-notice';
import { BookingWizard, SLOT_TAKEN_MESSAGE } from './booking-wizard';

const EXPERTS: Expert[] = [
  {
    id: 'dr-meera-iyer',
    name: 'Dr Meera Iyer',
    title: 'Gynaecologist',
    specialties: ['PCOS', 'Endometriosis'],
    consultationTypes: ['video', 'chat'],
    slots: [
      { date: '2999-03-02', time: '10:00' },
      { date: '2999-03-01', time: '16:30' },
      { date: '2999-03-01', time: '09:00' },
    ],
  },
  {
    id: 'anita-shah',
    name: 'Anita Shah',
    title: 'Nutritionist',
    specialties: ['Thyroid'],
    consultationTypes: ['phone'],
    slots: [{ date: '2999-03-05', time: '11:00' }],
  },
];

/** The wizard over the cached catalogue, as the page shows it, beside the page's list of bookings. */
function Harness() {
  const experts = useQuery(expertsQueryOptions());
  useInfiniteQuery(bookingsQueryOptions());
  return experts.data ? <BookingWizard experts={experts.data} /> : null;
}

/**
 * A backend whose catalogue is `catalogue` until a booking attempt, then `afterAttempt` (the slot just
 * booked, or taken by someone else, is gone); `book` answers the POST.
 */
function installCatalogue(options: {
  afterAttempt?: Expert[];
  book: (body: unknown) => { status: number; data?: unknown };
}) {
  let catalogue = EXPERTS;
  backend = installFakeBackend({
    'GET /api/experts': () => ({ status: 200, data: { items: catalogue } }),
    'GET /api/bookings': () => ({ status: 200, data: { items: [], nextCursor: null } }),
    'POST /api/bookings': (_call, body) => {
      catalogue = options.afterAttempt ?? catalogue;
      return options.book(body);
    },
  });
  return backend;
}

let backend: ReturnType<typeof installFakeBackend> | undefined;
afterEach(() => backend?.restore());

async function chooseMeeraVideoAt(user: ReturnType<typeof userEvent.setup>, slotName: string) {
  await user.click(await screen.findByRole('radio', { name: 'Dr Meera Iyer' }));
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  await user.click(await screen.findByRole('radio', { name: 'Video call' }));
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  await user.click(await screen.findByRole('radio', { name: slotName }));
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  await screen.findByLabelText('Notes for the expert (optional)');
}

/** Meera's slots without `time` on 1 March: booked, or taken by someone else. */
function withoutMeeraAt(time: string): Expert[] {
  return EXPERTS.map((expert) =>
    expert.id === 'dr-meera-iyer'
      ? { ...expert, slots: expert.slots.filter((slot) => slot.time !== time) }
      : expert,
  );
}

function created(body: unknown) {
  return {
    status: 201,
    data: {
      item: {
        id: '88888888-8888-4888-8888-888888888888',
        status: 'pending',
        createdAt: '2026-11-27T10:00:00.000Z',
        ...(body as object),
      },
    },
  };
}

describe('the booking wizard', () => {
  it('walks expert → type → time → notes → review and books exactly what was reviewed', async () => {
    const user = userEvent.setup({ delay: null });
    const bodies: unknown[] = [];
    installCatalogue({
      book: (body) => {
        bodies.push(body);
        return created(body);
      },
    });
    render(<Harness />);

    await user.click(await screen.findByRole('button', { name: 'Continue' }));
    // The first check waits for the contract's schema, loaded after the wizard has rendered.
    expect(await screen.findByRole('alert')).toHaveTextContent('Choose an expert to continue');
    // The first expert takes the focus, described by what is missing.
    const first = screen.getByRole('radio', { name: 'Dr Meera Iyer' });
    expect(first).toHaveFocus();
    expect(first).toHaveAccessibleDescription('Choose an expert to continue');
    expect(first).toBeInvalid();

    await user.click(first);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('radio', { name: 'Video call' });
    // Only the types this expert offers.
    expect(screen.getAllByRole('radio').map((radio) => radio.getAttribute('aria-label'))).toEqual([
      'Video call',
      'Chat',
    ]);
    await user.click(screen.getByRole('radio', { name: 'Video call' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('group', { name: 'Pick a time with Dr Meera Iyer' });
    // Slots grouped by date, in time order.
    expect(screen.getAllByRole('radio').map((radio) => radio.getAttribute('aria-label'))).toEqual([
      '1 Mar 2999 at 09:00',
      '1 Mar 2999 at 16:30',
      '2 Mar 2999 at 10:00',
    ]);
    await user.click(screen.getByRole('radio', { name: '1 Mar 2999 at 16:30' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.type(await screen.findByLabelText('Notes for the expert (optional)'), 'Irregular cycles');
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    expect(await screen.findByText('Dr Meera Iyer, Gynaecologist')).toBeInTheDocument();
    expect(screen.getByText('1 Mar 2999 at 16:30')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByLabelText('Notes for the expert (optional)')).toHaveValue('Irregular cycles');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(await screen.findByRole('button', { name: 'Confirm booking' }));

    // Back at the start for another booking.
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Dr Meera Iyer' })).not.toBeChecked());
    expect(bodies).toEqual([
      {
        expertId: 'dr-meera-iyer',
        type: 'video',
        date: '2999-03-01',
        time: '16:30',
        notes: 'Irregular cycles',
      },
    ]);
  }, 15_000);

  it('after a booking, the slot just booked is no longer offered', async () => {
    const user = userEvent.setup({ delay: null });
    installCatalogue({ afterAttempt: withoutMeeraAt('16:30'), book: created });
    render(<Harness />);

    await chooseMeeraVideoAt(user, '1 Mar 2999 at 16:30');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(await screen.findByRole('button', { name: 'Confirm booking' }));
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Dr Meera Iyer' })).not.toBeChecked());
    expect(backend?.callsTo('GET', '/api/experts')).toHaveLength(2);

    await chooseMeeraVideoAt(user, '1 Mar 2999 at 09:00');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await screen.findByRole('group', { name: 'Pick a time with Dr Meera Iyer' });
    expect(screen.queryByRole('radio', { name: '1 Mar 2999 at 16:30' })).not.toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '1 Mar 2999 at 09:00' })).toBeChecked();
  }, 15_000);

  it('when the slot was just taken, says so, reloads the slots and sends the person back to choose a time', async () => {
    const user = userEvent.setup({ delay: null });
    installCatalogue({
      afterAttempt: withoutMeeraAt('16:30'),
      book: () => ({
        status: 409,
        data: { error: { code: 'conflict', message: 'That slot is no longer available' } },
      }),
    });
    render(<Harness />);

    await chooseMeeraVideoAt(user, '1 Mar 2999 at 16:30');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(await screen.findByRole('button', { name: 'Confirm booking' }));

    expect(await screen.findByText(SLOT_TAKEN_MESSAGE)).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Pick a time with Dr Meera Iyer' })).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.queryByRole('radio', { name: '1 Mar 2999 at 16:30' })).not.toBeInTheDocument(),
    );
    expect(screen.getAllByRole('radio').every((radio) => !(radio as HTMLInputElement).checked)).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() =>
      expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toEqual([
        SLOT_TAKEN_MESSAGE,
        'Choose a time',
      ]),
    );
  }, 15_000);

  it('when the person already holds three upcoming bookings, says so at the review and asks for the list again', async () => {
    const user = userEvent.setup({ delay: null });
    installCatalogue({
      book: () => ({
        status: 409,
        data: { error: { code: 'booking_limit', message: 'You can hold up to 3 upcoming consultations.' } },
      }),
    });
    render(<Harness />);

    await chooseMeeraVideoAt(user, '1 Mar 2999 at 16:30');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(await screen.findByRole('button', { name: 'Confirm booking' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(BOOKING_LIMIT_MESSAGE);
    expect(BOOKING_LIMIT_MESSAGE).toMatch(/3 upcoming consultations/);
    await waitFor(() => expect(backend?.callsTo('GET', '/api/bookings')).toHaveLength(2));
    // What was chosen stays on the review, to book once a place is free.
    expect(screen.getByText('1 Mar 2999 at 16:30')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Confirm booking' })).toBeEnabled();
  }, 15_000);

  it('refuses notes longer than the contract allows, beside the field', async () => {
    const user = userEvent.setup({ delay: null });
    installCatalogue({ book: created });
    render(<Harness />);

    await chooseMeeraVideoAt(user, '1 Mar 2999 at 16:30');
    const notes = screen.getByLabelText('Notes for the expert (optional)');
    await user.click(notes);
    await user.paste('x'.repeat(2001));
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    await waitFor(() => expect(notes).toHaveAccessibleDescription(/Keep notes under 2000 characters/));
    expect(notes).toBeInvalid();
    expect(screen.queryByRole('button', { name: 'Confirm booking' })).not.toBeInTheDocument();
  }, 15_000);

  it('picks the only consultation type of an expert who offers one', async () => {
    const user = userEvent.setup({ delay: null });
    installCatalogue({ book: created });
    render(<Harness />);
    await user.click(await screen.findByRole('radio', { name: 'Anita Shah' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('radio', { name: 'Phone call' })).toBeChecked();
  }, 15_000);
});
