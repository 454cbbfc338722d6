import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@/test/render';
import { MobileNav } from './mobile-nav';
import { UserMenu } from './user-menu';

function renderMenus(onLogout = vi.fn()) {
  render(
    <MemoryRouter>
      <UserMenu name="Asha Rao" email="asha@example.com" onLogout={onLogout} />
      <MobileNav name="Asha Rao" onLogout={onLogout} />
      <input aria-label="Search" />
    </MemoryRouter>,
  );
  return onLogout;
}

describe('the account menu and the mobile menu', () => {
  it('list the same account pages and "Log out"', async () => {
    const user = userEvent.setup();
    const onLogout = renderMenus();
    const accountLinks = (panel: HTMLElement) =>
      within(panel)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]);
    const accountButton = screen.getByRole('button', { name: /Account menu for Asha Rao/ });
    await user.click(accountButton);
    const accountPanel = document.getElementById(accountButton.getAttribute('aria-controls')!)!;
    const inAccountMenu = accountLinks(accountPanel);
    // Opening the other menu is a press outside this one, which closes it.
    await user.click(screen.getByRole('button', { name: 'Open menu' }));
    const mobilePanel = screen.getByRole('navigation', { name: 'Main (mobile)' });

    expect(inAccountMenu).toEqual([
      ['Report for your doctor', '/report'],
      ['Settings and privacy', '/settings'],
    ]);
    expect(accountLinks(mobilePanel)).toEqual(expect.arrayContaining(inAccountMenu));
    expect(accountButton).toHaveAttribute('aria-expanded', 'false');
    await user.click(within(mobilePanel).getByRole('button', { name: 'Log out' }));
    expect(onLogout).toHaveBeenCalledTimes(1);
  });

  it('close on Escape and give focus back to the button that opened them', async () => {
    const user = userEvent.setup();
    renderMenus();
    const button = screen.getByRole('button', { name: /Account menu for Asha Rao/ });
    await user.click(button);
    await user.tab();
    expect(screen.getByRole('link', { name: 'Report for your doctor' })).toHaveFocus();

    await user.keyboard('{Escape}');

    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
  });

  it('close on a press outside and leave focus where the press put it', async () => {
    const user = userEvent.setup();
    renderMenus();
    const button = screen.getByRole('button', { name: /Account menu for Asha Rao/ });
    await user.click(button);

    await user.click(screen.getByRole('textbox', { name: 'Search' }));

    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('textbox', { name: 'Search' })).toHaveFocus();
  });
});
