import type { Item, SymptomLog, UpdateSymptomLogBody } from '@hormohelp/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { putSavedLog } from './history-cache';

/** Edits one log of any day (PATCH /api/symptoms/:id); the log stays on its day. */
export function useUpdateLog() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, body }: { id: string; body: UpdateSymptomLogBody }) => {
      const data = await api.patch(`api/symptoms/${id}`, { json: body }).json<Item<SymptomLog>>();
      return data.item;
    },
    onSuccess: (log) => {
      putSavedLog(queryClient, log);
      void queryClient.invalidateQueries({ queryKey: queryKeys.symptoms.all });
    },
  });
}
