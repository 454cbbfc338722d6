import { PageSkeleton } from './page-skeleton';
import { Skeleton } from './skeleton';

/** The signed-in frame while the session or the page loads: the navigation bar keeps its place. */
export function AppShellSkeleton() {
  return (
    <div className="min-h-screen">
      <div className="h-16 border-b border-stone-200 bg-white">
        <div className="mx-auto flex h-16 max-w-6xl items-center justify-between px-4 sm:px-6">
          <Skeleton className="h-8 w-32" />
          <Skeleton className="h-8 w-8 rounded-full" />
        </div>
      </div>
      <PageSkeleton />
    </div>
  );
}
