import type { User } from '@hormohelp/contracts';
import userEvent from '@testing-library/user-event';
import toast, { Toaster } from 'react-hot-toast';
import { afterEach, describe, expect, it } from 'vitest';
import { useAuth } from '@/features/auth';
import { tokenStore } from '@/lib/token-store';
import { installFakeBackend, makeToken, makeUser } from '@/test/fake-backend';
import { screen, waitFor, within } from '@/test/render';
import { renderWithAuth } from '@/test/render-with-auth';
import { HealthProfileCard } from './health-profile-card';

const TOKEN = makeToken('health-profile');
const ANSWERED = {
  completedAt: '2026-11-01T10:00:00.000Z',
  conditions: ['pcos'],
  goals: ['track-cycle'],
  cycle: { typicalLengthDays: 34, lastPeriodStart: null, regularity: 'irregular' },
  ageRange: '25-34',
};

let backend: ReturnType<typeof installFakeBackend>;
afterEach(() => {
  backend.restore();
  tokenStore.clear();
  toast.remove();
});

/** The card for the signed-in user, re-rendered when the session's user changes. */
function CardOfSession() {
  const { user } = useAuth();
  return user ? <HealthProfileCard user={user} /> : null;
}

/** The card for a signed-in person, with a backend that stores the PATCH bodies it receives. */
function openCard(person: User = makeUser({ onboardingData: ANSWERED })) {
  let current = person;
  const patches: Array<{ onboardingData?: Record<string, unknown> }> = [];
  backend = installFakeBackend({
    'POST /auth/refresh': () => ({ status: 200, data: { accessToken: TOKEN, user: current } }),
    'PATCH /users/me': (_call, body) => {
      patches.push(body as (typeof patches)[number]);
      current = { ...current, ...(body as Partial<User>) };
      return { status: 200, data: { user: current } };
    },
  });
  renderWithAuth({
    at: '/dashboard',
    protectedPage: (
      <>
        <Toaster />
        <CardOfSession />
      </>
    ),
  });
  return { patches };
}

async function findCard() {
  return screen.findByRole('region', { name: 'Your health profile' });
}

/** The answer shown beside `term` in the card's summary. */
function answerTo(card: HTMLElement, term: string) {
  return within(card).getByText(term).nextElementSibling?.textContent;
}

describe('the health profile card', () => {
  it('shows the saved answers, and saves a change that then shows in the card', async () => {
    const user = userEvent.setup({ delay: null });
    const { patches } = openCard();
    const card = await findCard();
    expect(answerTo(card, 'Conditions')).toBe('PCOS (polycystic ovary syndrome)');
    expect(answerTo(card, 'Typical cycle length')).toBe('34 days');
    expect(answerTo(card, 'Last period started')).toBe('Not answered');
    expect(answerTo(card, 'Cycle regularity')).toBe('Irregular');

    await user.click(within(card).getByRole('button', { name: 'Change answers' }));
    // The same fields as onboarding, holding the saved answers; the first takes the focus.
    expect(within(card).getByLabelText('PCOS (polycystic ovary syndrome)')).toHaveFocus();
    expect(within(card).getByLabelText('PCOS (polycystic ovary syndrome)')).toBeChecked();
    await user.click(within(card).getByLabelText('Endometriosis'));
    const length = within(card).getByLabelText(/^Typical cycle length \(days\)/);
    await user.clear(length);
    await user.type(length, '30');
    await user.click(within(card).getByLabelText('Not sure'));
    await user.click(within(card).getByRole('button', { name: 'Save answers' }));

    expect(await screen.findByText('Your health profile is saved.')).toBeInTheDocument();
    expect(answerTo(card, 'Conditions')).toBe('PCOS (polycystic ovary syndrome), Endometriosis');
    expect(answerTo(card, 'Typical cycle length')).toBe('30 days');
    expect(answerTo(card, 'Cycle regularity')).toBe('Not sure');
    expect(within(card).getByRole('button', { name: 'Change answers' })).toHaveFocus();
    // PATCH replaces the answers whole: what the form does not ask is sent as it was.
    expect(patches).toEqual([
      {
        onboardingData: {
          completedAt: ANSWERED.completedAt,
          conditions: ['pcos', 'endometriosis'],
          goals: ['track-cycle'],
          cycle: { typicalLengthDays: 30, lastPeriodStart: null, regularity: 'not-sure' },
          ageRange: '25-34',
        },
      },
    ]);
  }, 15_000);

  it('refuses what onboarding refuses, beside the field, and sends nothing', async () => {
    const user = userEvent.setup({ delay: null });
    const { patches } = openCard();
    const card = await findCard();
    await user.click(within(card).getByRole('button', { name: 'Change answers' }));
    await user.click(within(card).getByLabelText('PCOS (polycystic ovary syndrome)'));
    const length = within(card).getByLabelText(/^Typical cycle length \(days\)/);
    await user.clear(length);
    await user.type(length, '70');
    await user.click(within(card).getByRole('button', { name: 'Save answers' }));

    expect(await within(card).findByText('Choose at least one option')).toBeInTheDocument();
    expect(within(card).getByLabelText('PCOS (polycystic ovary syndrome)')).toHaveFocus();
    expect(length).toHaveAccessibleDescription(/between 15 and 60/);
    expect(patches).toEqual([]);
  }, 15_000);

  it('cancelling keeps the saved answers, sends nothing and gives the focus back', async () => {
    const user = userEvent.setup({ delay: null });
    const { patches } = openCard();
    const card = await findCard();
    await user.click(within(card).getByRole('button', { name: 'Change answers' }));
    await user.click(within(card).getByLabelText('Endometriosis'));
    await user.click(within(card).getByRole('button', { name: 'Cancel' }));

    await waitFor(() => expect(within(card).getByRole('button', { name: 'Change answers' })).toHaveFocus());
    expect(answerTo(card, 'Conditions')).toBe('PCOS (polycystic ovary syndrome)');
    expect(patches).toEqual([]);
  }, 15_000);

  it('without consent, shows the answers and says consent is needed to change them', async () => {
    openCard(makeUser({ onboardingData: ANSWERED, healthDataConsent: false }));
    const card = await findCard();
    expect(answerTo(card, 'Age range')).toBe('25–34');
    expect(within(card).queryByRole('button', { name: 'Change answers' })).not.toBeInTheDocument();
    expect(within(card).getByText(/give consent under “Health data consent” to change them/)).toBeVisible();
  }, 15_000);
});
