import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@/test/render';
import PrivacyPolicyPage from './privacy-policy-page';

const renderPage = () =>
  render(
    <MemoryRouter future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
      <PrivacyPolicyPage />
    </MemoryRouter>,
  );

describe('the privacy policy', () => {
  it('sends the reader to Settings to exercise their rights themselves', () => {
    renderPage();
    const rights = screen.getByRole('region', { name: /Your rights/ });
    expect(within(rights).getByText(/download everything we hold about you \(JSON\)/)).toBeInTheDocument();
    expect(
      within(rights).getByRole('link', { name: 'Open Settings to exercise your rights' }),
    ).toHaveAttribute('href', '/settings');
  });

  it('says how long each kind of data is kept, and what of an order outlives an erased account', () => {
    renderPage();
    const retention = screen.getByRole('region', { name: /How long we keep it/ });
    const items = within(retention)
      .getAllByRole('listitem')
      .map((item) => item.textContent ?? '');
    expect(items.find((item) => item.startsWith('Symptom logs'))).toBe(
      'Symptom logs: until you delete a log, your health data (in Settings) or your account.',
    );
    expect(items.find((item) => item.startsWith('Sign-in sessions'))).toMatch(
      /^Sign-in sessions: 7 days after their last use/,
    );
    expect(items.find((item) => item.startsWith('Orders'))).toMatch(
      /without your name, email, health data or any link to you/,
    );
    expect(items.find((item) => item.startsWith('Rate-limit counters'))).toMatch(/at most one hour/);
  });
});
