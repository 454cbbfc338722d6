import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { render, screen } from '@/test/render';
import { CookieBanner } from './cookie-banner';

const renderBanner = () =>
  render(
    <MemoryRouter future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
      <CookieBanner />
    </MemoryRouter>,
  );

describe('CookieBanner', () => {
  it('explains the one essential cookie until the person closes it, then stays closed on the next visit', async () => {
    const first = renderBanner();
    const notice = screen.getByRole('region', { name: 'Cookie notice' });
    expect(notice).toHaveTextContent('single, strictly necessary cookie');

    await userEvent.click(screen.getByRole('button', { name: 'Got it' }));
    expect(screen.queryByRole('region', { name: 'Cookie notice' })).not.toBeInTheDocument();
    first.unmount();

    renderBanner();
    expect(screen.queryByRole('region', { name: 'Cookie notice' })).not.toBeInTheDocument();
    const remembered = window.localStorage.getItem('hormohelp.cookie-notice');
    expect(Number.isNaN(Date.parse(remembered ?? ''))).toBe(false);
  });
});
