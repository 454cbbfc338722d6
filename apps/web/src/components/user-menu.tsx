import { ChevronDown } from 'lucide-react';
import { cn } from '@/lib/cn';
import { useDisclosure } from '@/lib/use-disclosure';
import { AccountLinks } from './account-links';

interface UserMenuProps {
  name: string;
  email: string;
  onLogout: () => void;
}

/** The account menu from 768 px up: who is signed in, the account's pages and "Log out". */
export function UserMenu({ name, email, onLogout }: UserMenuProps) {
  const menu = useDisclosure<HTMLDivElement, HTMLButtonElement>();
  const initial = name.trim().charAt(0).toUpperCase() || '?';

  return (
    <div ref={menu.containerRef} className="relative">
      <button
        type="button"
        {...menu.buttonProps}
        className="flex items-center gap-2 rounded-lg px-2 py-1.5 text-sm font-medium text-stone-700 hover:bg-stone-100 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-brand-600"
      >
        <span
          aria-hidden="true"
          className="flex h-8 w-8 items-center justify-center rounded-full bg-plum-100 font-semibold text-plum-800"
        >
          {initial}
        </span>
        <span className="sr-only">Account menu for {name}</span>
        <span aria-hidden="true" className="hidden max-w-[10rem] truncate lg:inline">
          {name}
        </span>
        <ChevronDown
          className={cn('h-4 w-4 transition-transform', menu.isOpen && 'rotate-180')}
          aria-hidden="true"
        />
      </button>
      <div
        {...menu.panelProps}
        className="absolute right-0 z-40 mt-2 w-64 rounded-xl border border-stone-200 bg-white p-2 shadow-lg"
      >
        <p className="break-all px-3 py-2 text-sm text-stone-600">
          Signed in as <span className="font-medium text-stone-900">{email}</span>
        </p>
        <AccountLinks size="compact" onNavigate={menu.close} onLogout={onLogout} />
      </div>
    </div>
  );
}
