import type { CreateSymptomLogBody, Item, SymptomLog } from '@hormohelp/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { putSavedLog } from './history-cache';

/** A saved day: the server's copy, and whether the day was new (201) or its log replaced (200). */
export interface SavedDay {
  log: SymptomLog;
  isNew: boolean;
}

/**
 * Saves the log of a day (POST /api/symptoms, one log a day). The history shows it at once, and
 * every symptom view (dashboard, insights, report) is read again.
 */
export function useSaveLog() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: CreateSymptomLogBody): Promise<SavedDay> => {
      const response = await api.post('api/symptoms', { json: body });
      const { item } = await response.json<Item<SymptomLog>>();
      return { log: item, isNew: response.status === 201 };
    },
    onSuccess: ({ log }) => {
      putSavedLog(queryClient, log);
      void queryClient.invalidateQueries({ queryKey: queryKeys.symptoms.all });
    },
  });
}
