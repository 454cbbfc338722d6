import type { ListPage, SymptomLog } from '@hormohelp/contracts';
import type { DateRange } from '@hormohelp/contracts/calendar-days';
import { queryOptions } from '@tanstack/react-query';
import { fetchCursorPage } from '@/lib/cursor-pages';
import { queryKeys } from '@/lib/query-keys';

const PAGE_SIZE = 100;
// A year of one log a day is four pages; the cap only stops a runaway cursor loop.
const MAX_PAGES = 50;

async function fetchAllLogs({ from, to }: DateRange, signal: AbortSignal): Promise<SymptomLog[]> {
  const logs: SymptomLog[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const { items, nextCursor }: ListPage<SymptomLog> = await fetchCursorPage<SymptomLog>(
      'api/symptoms',
      cursor,
      { from, to, limit: PAGE_SIZE },
      signal,
    );
    logs.push(...items);
    if (!nextCursor) break;
    cursor = nextCursor;
  }
  return logs;
}

/** Every log of the range, page after page, for the report to summarise. */
export function reportLogsQueryOptions(range: DateRange) {
  return queryOptions({
    queryKey: queryKeys.symptoms.logs({ from: range.from, to: range.to }),
    queryFn: ({ signal }) => fetchAllLogs(range, signal),
  });
}
