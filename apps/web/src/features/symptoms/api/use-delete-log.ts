import { useMutation, useQueryClient } from '@tanstack/react-query';
import toast from 'react-hot-toast';
import { api, getErrorCode, getErrorMessage } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { removeFromHistory, restoreHistory, snapshotHistory, stopHistoryReads } from './history-cache';

/**
 * Deletes one log. It leaves the history at once; if the delete fails it comes back, unless the API
 * answers 404 `not_found`: the log is gone already (deleted in another tab), which is what was asked.
 */
export function useDeleteLog() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      await api.delete(`api/symptoms/${id}`);
    },
    onMutate: (id) => {
      stopHistoryReads(queryClient);
      const snapshot = snapshotHistory(queryClient);
      removeFromHistory(queryClient, id);
      return { snapshot };
    },
    onError: (error, _id, context) => {
      if (getErrorCode(error) === 'not_found') return;
      if (context) restoreHistory(queryClient, context.snapshot);
      toast.error(getErrorMessage(error));
    },
    // The snapshot put back may predate another change made meanwhile: the server has the last word.
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.symptoms.all }),
  });
}
