import { Menu, X } from 'lucide-react';
import { NavLink } from 'react-router-dom';
import { cn } from '@/lib/cn';
import { useDisclosure } from '@/lib/use-disclosure';
import { AccountLinks } from './account-links';
import { appNavItems } from './nav-links';

interface MobileNavProps {
  name: string;
  onLogout: () => void;
}

/** The navigation below 768 px: a menu button that opens the same links as a panel. */
export function MobileNav({ name, onLogout }: MobileNavProps) {
  const menu = useDisclosure<HTMLDivElement, HTMLButtonElement>();

  return (
    <div ref={menu.containerRef} className="md:hidden">
      <button
        type="button"
        {...menu.buttonProps}
        className="rounded-lg p-2 text-stone-700 hover:bg-stone-100 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-brand-600"
      >
        {menu.isOpen ? (
          <X className="h-6 w-6" aria-hidden="true" />
        ) : (
          <Menu className="h-6 w-6" aria-hidden="true" />
        )}
        <span className="sr-only">{menu.isOpen ? 'Close menu' : 'Open menu'}</span>
      </button>
      <nav
        {...menu.panelProps}
        aria-label="Main (mobile)"
        className="absolute inset-x-0 top-full z-40 border-b border-stone-200 bg-white px-4 pb-4 shadow-lg"
      >
        <ul className="grid gap-1 pt-2">
          {appNavItems.map(({ to, label, icon: Icon }) => (
            <li key={to}>
              <NavLink
                to={to}
                onClick={menu.close}
                className={({ isActive }) =>
                  cn(
                    'flex items-center gap-3 rounded-lg px-3 py-3 text-base font-medium focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-brand-600',
                    isActive ? 'bg-brand-50 text-brand-800' : 'text-stone-700 hover:bg-stone-100',
                  )
                }
              >
                <Icon className="h-5 w-5" aria-hidden="true" />
                {label}
              </NavLink>
            </li>
          ))}
        </ul>
        <div className="mt-3 grid gap-1 border-t border-stone-200 pt-3">
          <p className="px-3 text-sm text-stone-600">Signed in as {name}</p>
          <AccountLinks size="roomy" onNavigate={menu.close} onLogout={onLogout} />
        </div>
      </nav>
    </div>
  );
}
