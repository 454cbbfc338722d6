import type { ListPage, SymptomLog } from '@hormohelp/contracts';
import { type InfiniteData, infiniteQueryOptions } from '@tanstack/react-query';
import { fetchCursorPage, itemsOfPages, nextCursorOf } from '@/lib/cursor-pages';
import { queryKeys } from '@/lib/query-keys';
import { oneLogPerDay } from '../lib/sort-logs';

export const HISTORY_PAGE_SIZE = 10;

/** The cached history: the pages loaded so far, each with the cursor it was asked with. */
export type HistoryData = InfiniteData<ListPage<SymptomLog>, string | null>;

export const historyQueryKey = queryKeys.symptoms.logs({ limit: HISTORY_PAGE_SIZE });

/** The person's logs, newest day first, a page per "Load more". */
export function historyQueryOptions() {
  return infiniteQueryOptions({
    queryKey: historyQueryKey,
    queryFn: ({ pageParam, signal }) =>
      fetchCursorPage<SymptomLog>('api/symptoms', pageParam, { limit: HISTORY_PAGE_SIZE }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: nextCursorOf,
  });
}

/** What the history shows of the cached pages: every day once, newest first. */
export function historyEntries(data: HistoryData): SymptomLog[] {
  return oneLogPerDay(itemsOfPages(data));
}
