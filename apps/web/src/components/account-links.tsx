import { LogOut } from 'lucide-react';
import { NavLink } from 'react-router-dom';
import { cn } from '@/lib/cn';
import { accountNavItems } from './nav-links';

const itemClass =
  'flex w-full items-center rounded-lg px-3 font-medium focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-brand-600';

const SIZES = {
  /** The account menu's panel, beside a pointer. */
  compact: { item: 'gap-2 py-2 text-sm', icon: 'h-4 w-4' },
  /** The mobile menu, for a thumb: 48 px rows. */
  roomy: { item: 'gap-3 py-3 text-base', icon: 'h-5 w-5' },
} as const;

interface AccountLinksProps {
  size: keyof typeof SIZES;
  /** Closes the menu the links are in, once one is chosen. */
  onNavigate: () => void;
  onLogout: () => void;
}

/** The account's own pages and "Log out": one list for the account menu and the mobile menu. */
export function AccountLinks({ size, onNavigate, onLogout }: AccountLinksProps) {
  const { item, icon } = SIZES[size];
  return (
    <>
      {accountNavItems.map(({ to, label, icon: Icon }) => (
        <NavLink
          key={to}
          to={to}
          onClick={onNavigate}
          className={({ isActive }) =>
            cn(itemClass, item, isActive ? 'bg-brand-50 text-brand-800' : 'text-stone-800 hover:bg-stone-100')
          }
        >
          <Icon className={icon} aria-hidden="true" />
          {label}
        </NavLink>
      ))}
      <button
        type="button"
        onClick={onLogout}
        className={cn(itemClass, item, 'text-left text-stone-800 hover:bg-stone-100')}
      >
        <LogOut className={icon} aria-hidden="true" />
        Log out
      </button>
    </>
  );
}
