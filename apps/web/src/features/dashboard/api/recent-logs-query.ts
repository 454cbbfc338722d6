import type { SymptomList } from '@hormohelp/contracts';
import { queryOptions } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

const RECENT_LOGS = 5;

/** The latest logs, newest day first: the dashboard's recent list and whether today is logged. */
export function recentLogsQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.symptoms.logs({ limit: RECENT_LOGS }),
    queryFn: async ({ signal }) => {
      const data = await api
        .get('api/symptoms', {
          searchParams: { limit: RECENT_LOGS },
          signal,
        })
        .json<SymptomList>();
      return data.items;
    },
  });
}
