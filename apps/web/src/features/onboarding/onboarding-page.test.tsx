import type { User } from '@hormohelp/contracts';
import userEvent from '@testing-library/user-event';
import { Route } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { tokenStore } from '@/lib/token-store';
import { installFakeBackend, makeToken, makeUser } from '@/test/fake-backend';
import { screen } from '@/test/render';
import { renderWithAuth } from '@/test/render-with-auth';
import { ONBOARDING_DRAFT_KEY } from './onboarding-draft';
import OnboardingPage from './onboarding-page';

const CYCLE_LENGTH = /^Typical cycle length \(days\)/;
const CONSENT = /I agree that HormoHelp stores the health information/;

let backend: ReturnType<typeof installFakeBackend> | undefined;
afterEach(() => {
  backend?.restore();
  tokenStore.clear();
});

/**
 * Onboarding for `person`, new to HormoHelp unless told otherwise, with a backend that records the
 * PATCH /users/me bodies it receives.
 */
function openOnboarding(person: User = makeUser({ onboardingData: {} })) {
  const bodies: Array<{ onboardingData?: Record<string, unknown>; healthDataConsent?: unknown }> = [];
  backend = installFakeBackend({
    'POST /auth/refresh': () => ({ status: 200, data: { accessToken: makeToken('t'), user: person } }),
    'PATCH /users/me': (_call, body) => {
      bodies.push(body as (typeof bodies)[number]);
      const saved = (body as { onboardingData: Record<string, unknown> }).onboardingData;
      return { status: 200, data: { user: { ...person, onboardingData: saved } } };
    },
  });
  const view = renderWithAuth({
    at: '/onboarding-test',
    extraRoutes: <Route path="/onboarding-test" element={<OnboardingPage />} />,
  });
  return { bodies, ...view };
}

async function answerConditionsAndGoals(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByLabelText('PCOS (polycystic ovary syndrome)'));
  await user.click(screen.getByRole('button', { name: 'Next' }));
  await user.click(await screen.findByLabelText('Track my cycle'));
  await user.click(screen.getByRole('button', { name: 'Next' }));
  await screen.findByRole('heading', { name: 'A few cycle basics' });
}

describe('OnboardingPage', () => {
  it('walks through four steps, asks for explicit consent, saves the answers with completedAt, then opens the dashboard', async () => {
    const { bodies } = openOnboarding();
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Next' }));
    expect(await screen.findByText('Choose at least one option')).toBeInTheDocument();
    // The first option takes the focus, so the problem is heard where it is.
    expect(screen.getByLabelText('PCOS (polycystic ovary syndrome)')).toHaveFocus();
    await user.click(screen.getByLabelText('PCOS (polycystic ovary syndrome)'));
    expect(screen.queryByText('Choose at least one option')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next' }));

    await user.click(await screen.findByLabelText('Track my cycle'));
    await user.click(screen.getByRole('button', { name: 'Next' }));

    await user.type(await screen.findByLabelText(CYCLE_LENGTH), '90');
    await user.click(screen.getByLabelText('Irregular'));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText(/between 15 and 60/)).toBeInTheDocument();
    expect(screen.getByLabelText(CYCLE_LENGTH)).toBeInvalid();
    expect(screen.getByLabelText(CYCLE_LENGTH)).toHaveAccessibleDescription(/between 15 and 60/);
    await user.clear(screen.getByLabelText(CYCLE_LENGTH));
    await user.type(screen.getByLabelText(CYCLE_LENGTH), '34');
    await user.click(screen.getByRole('button', { name: 'Next' }));

    await user.click(await screen.findByRole('button', { name: 'Back' }));
    expect(await screen.findByLabelText(CYCLE_LENGTH)).toHaveValue(34);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(await screen.findByLabelText('25–34'));
    await user.click(screen.getByRole('button', { name: 'Finish' }));
    expect(
      await screen.findByText('We can only store your answers and logs with your consent'),
    ).toBeInTheDocument();
    expect(bodies).toEqual([]);
    await user.click(screen.getByLabelText(CONSENT));
    await user.click(screen.getByRole('button', { name: 'Finish' }));

    expect(await screen.findByRole('heading', { name: 'Dashboard' })).toBeInTheDocument();
    expect(bodies).toHaveLength(1);
    expect(bodies[0]?.onboardingData).toMatchObject({
      conditions: ['pcos'],
      goals: ['track-cycle'],
      cycle: { typicalLengthDays: 34, lastPeriodStart: null, regularity: 'irregular' },
      ageRange: '25-34',
    });
    expect(typeof bodies[0]?.onboardingData?.completedAt).toBe('string');
    expect(bodies[0]?.healthDataConsent).toBe(true);
    // The answers are saved: the draft kept meanwhile is gone.
    expect(window.sessionStorage.getItem(ONBOARDING_DRAFT_KEY)).toBeNull();
  }, 15_000);

  it('finishes with the optional cycle questions left empty, sending them as unanswered', async () => {
    const { bodies } = openOnboarding();
    const user = userEvent.setup();
    await answerConditionsAndGoals(user);

    expect(screen.getByLabelText(CYCLE_LENGTH)).toHaveAccessibleName(/optional/);
    expect(screen.getByRole('group', { name: /Are your cycles regular\? optional/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(await screen.findByLabelText('Prefer not to say'));
    await user.click(screen.getByLabelText(CONSENT));
    await user.click(screen.getByRole('button', { name: 'Finish' }));

    expect(await screen.findByRole('heading', { name: 'Dashboard' })).toBeInTheDocument();
    expect(bodies[0]?.onboardingData).toMatchObject({
      conditions: ['pcos'],
      goals: ['track-cycle'],
      cycle: { typicalLengthDays: null, lastPeriodStart: null, regularity: null },
      ageRange: 'prefer-not-to-say',
    });
  }, 15_000);

  it('after a reload mid-way, opens on the same step with the answers given, and the consent unticked', async () => {
    const first = openOnboarding();
    const user = userEvent.setup();
    await answerConditionsAndGoals(user);
    await user.type(screen.getByLabelText(CYCLE_LENGTH), '29');
    await user.click(screen.getByLabelText('Mostly regular'));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(await screen.findByLabelText('35–44'));
    await user.click(screen.getByLabelText(CONSENT));
    first.unmount();
    backend?.restore();

    const { bodies } = openOnboarding();
    expect(await screen.findByRole('heading', { name: 'How old are you?' })).toBeInTheDocument();
    expect(screen.getByLabelText('35–44')).toBeChecked();
    expect(screen.getByLabelText(CONSENT)).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(await screen.findByLabelText(CYCLE_LENGTH)).toHaveValue(29);
    expect(screen.getByLabelText('Mostly regular')).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await user.click(await screen.findByRole('button', { name: 'Back' }));
    expect(await screen.findByLabelText('PCOS (polycystic ovary syndrome)')).toBeChecked();

    // Nothing was sent before the person finished.
    expect(bodies).toEqual([]);
    expect(window.localStorage.length).toBe(0);
  }, 15_000);

  it("never shows another person's draft kept in the same tab", async () => {
    const first = openOnboarding(makeUser({ onboardingData: {} }));
    const user = userEvent.setup();
    await answerConditionsAndGoals(user);
    first.unmount();
    backend?.restore();

    openOnboarding(makeUser({ id: '0b6f6f3e-8c1a-4f2e-9d3b-5a7c9e1f2d40', onboardingData: {} }));
    expect(
      await screen.findByRole('heading', { name: 'Which of these are you living with?' }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('PCOS (polycystic ovary syndrome)')).not.toBeChecked();
    // Theirs is removed, unread, as soon as this person's onboarding opens.
    expect(window.sessionStorage.getItem(ONBOARDING_DRAFT_KEY)).toBeNull();
  }, 15_000);
});
