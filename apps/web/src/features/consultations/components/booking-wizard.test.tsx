import type { Expert } from '@hormohelp/contracts';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installFakeBackend } from '@/test/fake-backend';
import { render, screen, waitFor } from '@/test/render';
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

/** The wizard with the catalogue in state, as the page holds it, so a reload can change the slots. */
function Harness({
  reloaded,
  onBooked,
  onLimitReached = () => {},
}: {
  reloaded: Expert[];
  onBooked: () => void;
  onLimitReached?: () => void;
}) {
  const [experts, setExperts] = useState(EXPERTS);
  return (
    <BookingWizard
      experts={experts}
      onReloadExperts={async () => setExperts(reloaded)}
      onBooked={onBooked}
      onLimitReached={onLimitReached}
    />
  );
}

let backend: ReturnType<typeof installFakeBackend> | undefined;
afterEach(() => backend?.restore());

async function chooseMeeraVideoAt(user: ReturnType<typeof userEvent.setup>, slotName: string) {
  await user.click(screen.getByRole('radio', { name: 'Dr Meera Iyer' }));
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  await user.click(screen.getByRole('radio', { name: 'Video call' }));
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  await user.click(screen.getByRole('radio', { name: slotName }));
  await user.click(screen.getByRole('button', { name: 'Continue' }));
}

describe('the booking wizard', () => {
  it('walks expert → type → time → notes → review and books exactly what was reviewed', async () => {
    const user = userEvent.setup({ delay: null });
    const bodies: unknown[] = [];
    backend = installFakeBackend({
      'POST /api/bookings': (_call, body) => {
        bodies.push(body);
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
      },
    });
    const onBooked = vi.fn();
    render(<Harness reloaded={EXPERTS} onBooked={onBooked} />);

    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose an expert to continue');

    await user.click(screen.getByRole('radio', { name: 'Dr Meera Iyer' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    // Only the types this expert offers.
    expect(screen.getAllByRole('radio').map((radio) => radio.getAttribute('aria-label'))).toEqual([
      'Video call',
      'Chat',
    ]);
    await user.click(screen.getByRole('radio', { name: 'Video call' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    // Slots grouped by date, in time order.
    expect(screen.getAllByRole('radio').map((radio) => radio.getAttribute('aria-label'))).toEqual([
      '1 Mar 2999 at 09:00',
      '1 Mar 2999 at 16:30',
      '2 Mar 2999 at 10:00',
    ]);
    await user.click(screen.getByRole('radio', { name: '1 Mar 2999 at 16:30' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.type(screen.getByLabelText('Notes for the expert (optional)'), 'Irregular cycles');
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    expect(screen.getByText('Dr Meera Iyer, Gynaecologist')).toBeInTheDocument();
    expect(screen.getByText('1 Mar 2999 at 16:30')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByLabelText('Notes for the expert (optional)')).toHaveValue('Irregular cycles');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(screen.getByRole('button', { name: 'Confirm booking' }));

    await waitFor(() => expect(onBooked).toHaveBeenCalledTimes(1));
    expect(bodies).toEqual([
      {
        expertId: 'dr-meera-iyer',
        type: 'video',
        date: '2999-03-01',
        time: '16:30',
        notes: 'Irregular cycles',
      },
    ]);
    // Back at the start for another booking.
    expect(screen.getByRole('radio', { name: 'Dr Meera Iyer' })).not.toBeChecked();
  }, 15_000);

  it('when the slot was just taken, says so, reloads the slots and sends the person back to choose a time', async () => {
    const user = userEvent.setup({ delay: null });
    backend = installFakeBackend({
      'POST /api/bookings': () => ({
        status: 409,
        data: { error: { code: 'conflict', message: 'That slot is no longer available' } },
      }),
    });
    const stillOpen = EXPERTS.map((expert) =>
      expert.id === 'dr-meera-iyer'
        ? { ...expert, slots: expert.slots.filter((slot) => slot.time !== '16:30') }
        : expert,
    );
    const onBooked = vi.fn();
    render(<Harness reloaded={stillOpen} onBooked={onBooked} />);

    await chooseMeeraVideoAt(user, '1 Mar 2999 at 16:30');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(screen.getByRole('button', { name: 'Confirm booking' }));

    expect(await screen.findByText(SLOT_TAKEN_MESSAGE)).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Pick a time with Dr Meera Iyer' })).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.queryByRole('radio', { name: '1 Mar 2999 at 16:30' })).not.toBeInTheDocument(),
    );
    expect(screen.getAllByRole('radio').every((radio) => !(radio as HTMLInputElement).checked)).toBe(true);
    expect(onBooked).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toEqual([
      SLOT_TAKEN_MESSAGE,
      'Choose a time',
    ]);
  }, 15_000);

  it('when the person already holds three upcoming bookings, says so at the review and asks for the list again', async () => {
    const user = userEvent.setup({ delay: null });
    backend = installFakeBackend({
      'POST /api/bookings': () => ({
        status: 409,
        data: { error: { code: 'booking_limit', message: 'You can hold up to 3 upcoming consultations.' } },
      }),
    });
    const onBooked = vi.fn();
    const onLimitReached = vi.fn();
    render(<Harness reloaded={EXPERTS} onBooked={onBooked} onLimitReached={onLimitReached} />);

    await chooseMeeraVideoAt(user, '1 Mar 2999 at 16:30');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(screen.getByRole('button', { name: 'Confirm booking' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(BOOKING_LIMIT_MESSAGE);
    expect(BOOKING_LIMIT_MESSAGE).toMatch(/3 upcoming consultations/);
    expect(onLimitReached).toHaveBeenCalledTimes(1);
    expect(onBooked).not.toHaveBeenCalled();
    // What was chosen stays on the review, to book once a place is free.
    expect(screen.getByText('1 Mar 2999 at 16:30')).toBeInTheDocument();
  }, 15_000);

  it('picks the only consultation type of an expert who offers one', async () => {
    const user = userEvent.setup({ delay: null });
    backend = installFakeBackend({});
    render(<Harness reloaded={EXPERTS} onBooked={vi.fn()} />);
    await user.click(screen.getByRole('radio', { name: 'Anita Shah' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('radio', { name: 'Phone call' })).toBeChecked();
  }, 15_000);
});
