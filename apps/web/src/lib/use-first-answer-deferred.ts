import { useDeferredValue } from 'react';

/**
 * A query's data to render from, `undefined` until its first answer. That first answer arrives as an
 * urgent update (TanStack Query's store forces one), which React renders in one go however long the
 * list it fills; here it is rendered from a deferred copy instead, in a transition that React slices
 * and that leaves a starting page's main thread free between slices. Every later answer (a save, a
 * delete, a refetch) is shown at once, so a change a person made appears in the same frame.
 */
export function useFirstAnswerDeferred<T>(data: T | undefined): T | undefined {
  const deferred = useDeferredValue(data);
  return deferred === undefined ? undefined : data;
}
