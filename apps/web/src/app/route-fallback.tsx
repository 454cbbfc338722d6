import { useLocation } from 'react-router-dom';
import { AppShellSkeleton } from '@/components/app-shell-skeleton';
import { appNavItems } from '@/components/nav-links';
import { PageSkeleton } from '@/components/page-skeleton';

/** What shows while a page's code loads: inside the app, the frame of the app. */
export function RouteFallback() {
  const { pathname } = useLocation();
  const isAppPage = appNavItems.some(({ to }) => pathname === to || pathname.startsWith(`${to}/`));
  return isAppPage ? <AppShellSkeleton /> : <PageSkeleton />;
}
