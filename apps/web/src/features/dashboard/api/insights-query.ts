import type { SymptomInsights } from '@hormohelp/contracts';
import { queryOptions } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** How sleep, energy and mood move with severity (GET /api/symptoms/insights). */
export function insightsQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.symptoms.insights(),
    queryFn: async ({ signal }) => {
      const data = await api.get('api/symptoms/insights', { signal }).json<SymptomInsights>();
      return data;
    },
  });
}
