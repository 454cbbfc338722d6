import userEvent from '@testing-library/user-event';
import { Route } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { tokenStore } from '@/lib/token-store';
import { installFakeBackend, makeToken, makeUser } from '@/test/fake-backend';
import { screen } from '@/test/render';
import { renderWithAuth } from '@/test/render-with-auth';
import OnboardingPage from './onboarding-page';

describe('OnboardingPage', () => {
  let backend: ReturnType<typeof installFakeBackend> | undefined;
  afterEach(() => {
    backend?.restore();
    tokenStore.clear();
  });

  it('walks through four steps, asks for explicit consent, saves the answers with completedAt, then opens the dashboard', async () => {
    let saved: Record<string, unknown> | undefined;
    let consent: unknown;
    const newUser = makeUser({ onboardingData: {} });
    backend = installFakeBackend({
      'POST /auth/refresh': () => ({ status: 200, data: { accessToken: makeToken('t'), user: newUser } }),
      'PATCH /users/me': (_call, body) => {
        saved = (body as { onboardingData: Record<string, unknown> }).onboardingData;
        consent = (body as { healthDataConsent?: unknown }).healthDataConsent;
        return { status: 200, data: { user: { ...newUser, onboardingData: saved } } };
      },
    });
    renderWithAuth({
      at: '/onboarding-test',
      extraRoutes: <Route path="/onboarding-test" element={<OnboardingPage />} />,
    });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Next' }));
    expect(screen.getByText('Choose at least one option')).toBeInTheDocument();
    await user.click(screen.getByLabelText('PCOS (polycystic ovary syndrome)'));
    await user.click(screen.getByRole('button', { name: 'Next' }));

    await user.click(screen.getByLabelText('Track my cycle'));
    await user.click(screen.getByRole('button', { name: 'Next' }));

    await user.type(screen.getByLabelText('Typical cycle length (days)'), '90');
    await user.click(screen.getByLabelText('Irregular'));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText(/between 15 and 60/)).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Typical cycle length (days)'));
    await user.type(screen.getByLabelText('Typical cycle length (days)'), '34');
    await user.click(screen.getByRole('button', { name: 'Next' }));

    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByLabelText('Typical cycle length (days)')).toHaveValue(34);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByLabelText('25–34'));
    await user.click(screen.getByRole('button', { name: 'Finish' }));
    expect(screen.getByText('We can only store your answers and logs with your consent')).toBeInTheDocument();
    expect(saved).toBeUndefined();
    await user.click(screen.getByLabelText(/I agree that HormoHelp stores the health information/));
    await user.click(screen.getByRole('button', { name: 'Finish' }));

    expect(await screen.findByRole('heading', { name: 'Dashboard' })).toBeInTheDocument();
    expect(saved).toMatchObject({
      conditions: ['pcos'],
      goals: ['track-cycle'],
      cycle: { typicalLengthDays: 34, lastPeriodStart: null, regularity: 'irregular' },
      ageRange: '25-34',
    });
    expect(typeof saved?.completedAt).toBe('string');
    expect(consent).toBe(true);
  });
});
