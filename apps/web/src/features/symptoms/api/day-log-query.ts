import type { SymptomList, SymptomLog } from '@hormohelp/contracts';
import { queryOptions } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export function dayLogQueryKey(date: string) {
  return queryKeys.symptoms.logs({ from: date, to: date, limit: 1 });
}

/** The log of one day, or null when the day has none: a person logs a day once, then updates it. */
export function dayLogQueryOptions(date: string) {
  return queryOptions({
    queryKey: dayLogQueryKey(date),
    queryFn: async ({ signal }): Promise<SymptomLog | null> => {
      const data = await api
        .get('api/symptoms', {
          searchParams: { from: date, to: date, limit: 1 },
          signal,
        })
        .json<SymptomList>();
      return data.items[0] ?? null;
    },
  });
}
