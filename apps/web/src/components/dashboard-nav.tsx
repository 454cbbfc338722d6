import { NavLink } from 'react-router-dom';
import { cn } from '@/lib/cn';
import { Logo } from './logo';
import { MobileNav } from './mobile-nav';
import { appNavItems } from './nav-links';
import { UserMenu } from './user-menu';

interface DashboardNavProps {
  user: { name: string; email: string };
  onLogout: () => void;
}

/** The inner app's persistent navigation: links and account menu, or a menu button below 768 px. */
export function DashboardNav({ user, onLogout }: DashboardNavProps) {
  return (
    <header className="sticky top-0 z-30 border-b border-stone-200 bg-white/95 backdrop-blur">
      <div className="relative mx-auto flex h-16 max-w-6xl items-center justify-between gap-4 px-4 sm:px-6">
        <Logo to="/dashboard" />
        <nav aria-label="Main" className="hidden md:block">
          <ul className="flex items-center gap-0.5 lg:gap-1">
            {appNavItems.map(({ to, label }) => (
              <li key={to}>
                <NavLink
                  to={to}
                  className={({ isActive }) =>
                    cn(
                      'rounded-lg px-2 py-2 text-sm font-medium lg:px-3 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-brand-600',
                      isActive ? 'bg-brand-50 text-brand-800' : 'text-stone-700 hover:bg-stone-100',
                    )
                  }
                >
                  {label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="hidden md:block">
          <UserMenu name={user.name} email={user.email} onLogout={onLogout} />
        </div>
        <MobileNav name={user.name} onLogout={onLogout} />
      </div>
    </header>
  );
}
