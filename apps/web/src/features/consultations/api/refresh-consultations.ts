import type { QueryClient } from '@tanstack/react-query';
import toast from 'react-hot-toast';
import { getErrorMessage } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/**
 * Reads the slots and the bookings again after a write that changed them. The lists stay on screen
 * meanwhile; if the bookings cannot be read again, a toast says why, since the list shown is then
 * out of date.
 */
export async function refreshConsultations(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.consultations.experts() }),
    queryClient
      .invalidateQueries({ queryKey: queryKeys.consultations.bookings() }, { throwOnError: true })
      .catch((error: unknown) => {
        toast.error(getErrorMessage(error));
      }),
  ]);
}
