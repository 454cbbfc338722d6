import type { SymptomList, SymptomLog } from '@hormohelp/contracts';
import { useEffect, useState } from 'react';
import { api } from '@/lib/api-client';
import type { DateRange } from '../lib/date-range';

const PAGE_SIZE = 100;
// A year of several logs a day stays well under this; the cap only stops a runaway cursor loop.
const MAX_PAGES = 50;

async function fetchAllLogs(range: DateRange): Promise<SymptomLog[]> {
  const logs: SymptomLog[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const { data } = await api.get<SymptomList>('/api/symptoms', {
      params: { from: range.from, to: range.to, limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) },
    });
    logs.push(...data.items);
    if (!data.nextCursor) break;
    cursor = data.nextCursor;
  }
  return logs;
}

/** Every log of the range (GET /api/symptoms, page after page), for the report to summarise. */
export function useReportLogs(range: DateRange, attempt: number) {
  const [logs, setLogs] = useState<SymptomLog[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: attempt is the "try again" trigger.
  useEffect(() => {
    let cancelled = false;
    setLogs(null);
    setError(null);
    fetchAllLogs(range).then(
      (all) => {
        if (!cancelled) setLogs(all);
      },
      (caught: unknown) => {
        if (!cancelled) setError(caught);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [range.from, range.to, attempt]);

  return { logs, error };
}
