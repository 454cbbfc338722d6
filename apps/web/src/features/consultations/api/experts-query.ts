import type { ExpertList } from '@hormohelp/contracts';
import { queryOptions } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** The expert catalogue with each expert's open slots; a booking or a cancellation changes them. */
export function expertsQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.consultations.experts(),
    queryFn: async ({ signal }) => {
      const data = await api.get('api/experts', { signal }).json<ExpertList>();
      return data.items;
    },
  });
}
