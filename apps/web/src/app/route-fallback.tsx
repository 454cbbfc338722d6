import { useLocation } from 'react-router-dom';
import { isAppPath } from '@/components/app-paths';
import { AppShellSkeleton } from '@/components/app-shell-skeleton';
import { PageSkeleton } from '@/components/page-skeleton';

/** What shows while a page's code loads: inside the app, the frame of the app. */
export function RouteFallback() {
  const { pathname } = useLocation();
  return isAppPath(pathname) ? <AppShellSkeleton /> : <PageSkeleton />;
}
