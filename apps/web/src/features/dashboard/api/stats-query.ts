import type { SymptomStats } from '@hormohelp/contracts';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export const TREND_RANGES = [7, 30, 90] as const;
export type TrendRange = (typeof TREND_RANGES)[number];

/**
 * Streaks, averages, top symptoms and the daily series over the last `days` days up to the person's
 * today, which the API judges in the time zone of their account and returns as `today` (its window
 * is `lastDays(today, days)`). A new range keeps the previous range's figures on screen until its
 * own arrive, so the page does not jump.
 */
export function statsQueryOptions(days: TrendRange) {
  return queryOptions({
    queryKey: queryKeys.symptoms.stats({ days }),
    queryFn: async ({ signal }) => {
      const data = await api
        .get('api/symptoms/stats', {
          searchParams: { days },
          signal,
        })
        .json<SymptomStats>();
      return data;
    },
    placeholderData: keepPreviousData,
  });
}
