import { Skeleton, SkeletonText } from './skeleton';

/** What a page looks like while its code or data loads. */
export function PageSkeleton() {
  return (
    <div role="status" aria-live="polite" className="mx-auto w-full max-w-6xl px-4 py-8 sm:px-6">
      <span className="sr-only">Loading…</span>
      <Skeleton className="h-8 w-64 max-w-full" />
      <Skeleton className="mt-3 h-4 w-96 max-w-full" />
      <div className="mt-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {[0, 1, 2].map((index) => (
          <div key={index} className="rounded-xl border border-stone-200 bg-white p-5">
            <Skeleton className="h-5 w-1/2" />
            <SkeletonText className="mt-4" lines={3} />
          </div>
        ))}
      </div>
    </div>
  );
}
