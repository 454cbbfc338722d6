import { useLocation } from 'react-router-dom';
import { isAppPath } from '@/components/app-paths';
import { AppShellSkeleton } from '@/components/app-shell-skeleton';
import { Logo } from '@/components/logo';
import { PageSkeleton } from '@/components/page-skeleton';

/**
 * What shows while a page's code loads: inside the app, the frame of the app; elsewhere the public
 * header over a neutral page, drawn where index.html's static first view drew it, so nothing moves
 * when React replaces that view.
 */
export function RouteFallback() {
  const { pathname } = useLocation();
  if (isAppPath(pathname)) return <AppShellSkeleton />;
  return (
    <div className="flex min-h-screen flex-col">
      <header className="border-b border-stone-200 bg-white">
        <div className="mx-auto flex h-16 max-w-6xl items-center justify-between gap-3 px-4 sm:px-6">
          <Logo />
        </div>
      </header>
      <PageSkeleton />
    </div>
  );
}
